//! Frozen modules: library modules written in Python (`interpreter-spec/lib/`)
//! whose sources are compiled into the binary with `include_str!` (rustc and
//! the translator both read them at build time, relative to this file).
//!
//! Invariants:
//! - `frozen_source` is a pure table lookup by full dotted name; a package's
//!   source is its `__init__.py` and `frozen_is_package` says so.
//! - The import system asks here after built-in modules and before `sys.path`
//!   (CPython's order), so a frozen module shadows a same-named file.
//! - A frozen module has no `__file__` (as in CPython); its code objects are
//!   shown as `<frozen NAME>` in tracebacks, without source lines, and its
//!   repr is `<module 'NAME' (frozen)>`.  A frozen package's `__path__` is
//!   `['<frozen NAME>']`, so its submodules are found only in this table.

use crate::objects::{Object, PyErr, Value};
use crate::vm::Vm;

pub fn frozen_source(name: &str) -> Option<&'static str> {
    match name {
        "__future__" => Some(include_str!("../lib/__future__.py")),
        "abc" => Some(include_str!("../lib/abc.py")),
        "array" => Some(include_str!("../lib/array.py")),
        "base64" => Some(include_str!("../lib/base64.py")),
        "bisect" => Some(include_str!("../lib/bisect.py")),
        "collections" => Some(include_str!("../lib/collections/__init__.py")),
        "collections.abc" => Some(include_str!("../lib/collections/abc.py")),
        "contextlib" => Some(include_str!("../lib/contextlib.py")),
        "copy" => Some(include_str!("../lib/copy.py")),
        "dataclasses" => Some(include_str!("../lib/dataclasses.py")),
        "enum" => Some(include_str!("../lib/enum.py")),
        "functools" => Some(include_str!("../lib/functools.py")),
        "heapq" => Some(include_str!("../lib/heapq.py")),
        "itertools" => Some(include_str!("../lib/itertools.py")),
        "json" => Some(include_str!("../lib/json/__init__.py")),
        "json.decoder" => Some(include_str!("../lib/json/decoder.py")),
        "json.encoder" => Some(include_str!("../lib/json/encoder.py")),
        "keyword" => Some(include_str!("../lib/keyword.py")),
        "operator" => Some(include_str!("../lib/operator.py")),
        "random" => Some(include_str!("../lib/random.py")),
        "re" => Some(include_str!("../lib/re.py")),
        "struct" => Some(include_str!("../lib/struct.py")),
        "string" => Some(include_str!("../lib/string.py")),
        "textwrap" => Some(include_str!("../lib/textwrap.py")),
        "types" => Some(include_str!("../lib/types.py")),
        "typing" => Some(include_str!("../lib/typing.py")),
        "unittest" => Some(include_str!("../lib/unittest/__init__.py")),
        "unittest.asserts" => Some(include_str!("../lib/unittest/asserts.py")),
        "unittest.case" => Some(include_str!("../lib/unittest/case.py")),
        "unittest.loader" => Some(include_str!("../lib/unittest/loader.py")),
        "unittest.program" => Some(include_str!("../lib/unittest/program.py")),
        "unittest.runner" => Some(include_str!("../lib/unittest/runner.py")),
        "unittest.suite" => Some(include_str!("../lib/unittest/suite.py")),
        _ => None,
    }
}

pub fn frozen_is_package(name: &str) -> bool {
    name == "collections" || name == "json" || name == "unittest"
}

/// `<frozen NAME>`: the file name tracebacks show for a frozen module.
pub fn frozen_file(name: &str) -> String {
    format!("<frozen {}>", name)
}

impl Vm {
    /// Creates, registers and runs frozen module `full` (no `__file__`).
    pub fn load_frozen(&mut self, full: &str, source: &str) -> Result<Value, PyErr> {
        let file = frozen_file(full);
        let is_pkg = frozen_is_package(full);
        let package = if is_pkg { full.to_string() } else { crate::vm_import::parent_name(full) };
        let m = self.new_module(full, "", package.as_str(), if is_pkg { file.as_str() } else { "" }, false);
        self.modules[m].file = file.clone();
        self.modules[m].show_source = false;
        if let Value::Ref(h) = self.modules[m].obj.clone() {
            if let Object::Module(mo) = &mut self.heap.objs[h] {
                mo.file = file.clone();
            }
        }
        self.run_source(m, full, file.as_str(), source)
    }
}
