//! Frozen modules: library modules written in Python (`interpreter-spec/lib/`)
//! whose compiled code objects are in the binary, as the frozen code image
//! `lib/frozen.img` (frozen_image.rs) embedded with `include_bytes!`.  The
//! sources are not in the binary; `FROZEN_MODULES` names them for
//! `pyrite --write-frozen-image LIBDIR OUT`, which compiles them and writes
//! the image (run by `interpreter-spec/freeze.sh`).
//!
//! Invariants:
//! - The image is the only thing imports consult: a module is frozen iff
//!   the image has it; a package is a module whose source is `__init__.py`.
//! - The import system asks here after built-in modules and before `sys.path`
//!   (CPython's order), so a frozen module shadows a same-named file.
//! - A frozen module has no `__file__` (as in CPython); its code objects are
//!   shown as `<frozen NAME>` in tracebacks, without source lines, and its
//!   repr is `<module 'NAME' (frozen)>`.  A frozen package's `__path__` is
//!   `['<frozen NAME>']`, so its submodules are found only in the image.
//! - Writing the image is deterministic: the same sources and compiler give
//!   the same bytes (the staleness test relies on it).

use crate::bytecode::Program;
use crate::objects::{Object, PyErr, Value};
use crate::vm::Vm;

/// (module name, source path under lib/), in image order.  A new frozen
/// module is one line here, then `interpreter-spec/freeze.sh`.
pub static FROZEN_MODULES: [(&str, &str); 73] = [
    ("__future__", "__future__.py"),
    ("_asyncgen", "_asyncgen.py"),
    ("_bufio", "_bufio.py"),
    ("_bufread", "_bufread.py"),
    ("_cmath_sv", "_cmath_sv.py"),
    ("_csvrw", "_csvrw.py"),
    ("_exgroup", "_exgroup.py"),
    ("_iobase", "_iobase.py"),
    ("_memview", "_memview.py"),
    ("_mvitems", "_mvitems.py"),
    ("_pycodecs", "_pycodecs.py"),
    ("_pytime", "_pytime.py"),
    ("_tbobj", "_tbobj.py"),
    ("abc", "abc.py"),
    ("array", "array.py"),
    ("asyncio", "asyncio.py"),
    ("atexit", "atexit.py"),
    ("base64", "base64.py"),
    ("bisect", "bisect.py"),
    ("calendar", "calendar.py"),
    ("cmath", "cmath.py"),
    ("codecs", "codecs.py"),
    ("collections", "collections/__init__.py"),
    ("collections.abc", "collections/abc.py"),
    ("contextlib", "contextlib.py"),
    ("copy", "copy.py"),
    ("csv", "csv.py"),
    ("dataclasses", "dataclasses.py"),
    ("datetime", "datetime.py"),
    ("decimal", "decimal.py"),
    ("difflib", "difflib.py"),
    ("enum", "enum.py"),
    ("fractions", "fractions.py"),
    ("functools", "functools.py"),
    ("gzip", "gzip.py"),
    ("hashlib", "hashlib.py"),
    ("heapq", "heapq.py"),
    ("hmac", "hmac.py"),
    ("importlib", "importlib/__init__.py"),
    ("importlib.machinery", "importlib/machinery.py"),
    ("importlib.util", "importlib/util.py"),
    ("inspect", "inspect.py"),
    ("itertools", "itertools.py"),
    ("json", "json/__init__.py"),
    ("json.decoder", "json/decoder.py"),
    ("json.encoder", "json/encoder.py"),
    ("keyword", "keyword.py"),
    ("numbers", "numbers.py"),
    ("operator", "operator.py"),
    ("pathlib", "pathlib.py"),
    ("pprint", "pprint.py"),
    ("queue", "queue.py"),
    ("random", "random.py"),
    ("re", "re.py"),
    ("shutil", "shutil.py"),
    ("statistics", "statistics.py"),
    ("string", "string.py"),
    ("struct", "struct.py"),
    ("tempfile", "tempfile.py"),
    ("textwrap", "textwrap.py"),
    ("traceback", "traceback.py"),
    ("types", "types.py"),
    ("typing", "typing.py"),
    ("unittest", "unittest/__init__.py"),
    ("unittest.asserts", "unittest/asserts.py"),
    ("unittest.case", "unittest/case.py"),
    ("unittest.loader", "unittest/loader.py"),
    ("unittest.mock", "unittest/mock.py"),
    ("unittest.program", "unittest/program.py"),
    ("unittest.runner", "unittest/runner.py"),
    ("unittest.suite", "unittest/suite.py"),
    ("weakref", "weakref.py"),
    ("zlib", "zlib.py"),
];

pub fn image() -> &'static [u8] {
    include_bytes!("../lib/frozen.img")
}

/// Where module `name`'s code is in the image, and whether it is a package.
pub fn frozen_lookup(name: &str) -> Option<(usize, bool)> {
    crate::frozen_image::find_module(image(), name)
}

/// `<frozen NAME>`: the file name tracebacks show for a frozen module.
pub fn frozen_file(name: &str) -> String {
    format!("<frozen {}>", name)
}

/// A program whose main code is frozen module `name`'s (`pyrite -m NAME`).
pub fn frozen_program(start: usize) -> Program {
    let mut prog = Program::new();
    prog.main = crate::frozen_image::read_module(image(), start, &mut prog, true);
    prog
}

/// `pyrite --write-frozen-image LIBDIR OUT`: compiles every module of
/// `FROZEN_MODULES` from LIBDIR and writes the image to OUT.  Exits 1
/// with a located message if a source is unreadable or does not compile.
pub fn write_image(libdir: &str, out: &str) -> ! {
    let mut mods: Vec<(String, bool, Vec<u8>)> = Vec::new();
    for (name, rel) in FROZEN_MODULES.iter() {
        let path = format!("{}/{}", libdir, rel);
        let source = match std::fs::read_to_string(path.as_str()) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("pyrite: can't read {}: {}", path, e);
                std::process::exit(1);
            }
        };
        let (tokens, _) = crate::lexer::Lexer::tokenize_with_warnings(source.as_str());
        let mut parser = crate::parser::Parser::new(tokens);
        let ast = match parser.parse_program() {
            Ok(a) => a,
            Err(e) => {
                eprintln!("{}:{}:{}: {}", path, e.line, e.col, e.msg);
                std::process::exit(1);
            }
        };
        let mut prog = Program::new();
        let main = match crate::compiler_import::compile_module(&ast, &mut prog) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{}:{}:{}: {}", path, e.line, e.col, e.msg);
                std::process::exit(1);
            }
        };
        let mut blob = Vec::new();
        crate::frozen_image::put_module(&mut blob, &prog, main);
        // Reading the blob back must give the same code objects.
        let mut back = Program::new();
        let main2 = crate::frozen_image::read_module(blob.as_slice(), 0, &mut back, false);
        let mut again = Vec::new();
        crate::frozen_image::put_module(&mut again, &back, main2);
        if again != blob {
            eprintln!("pyrite: frozen image of {} does not read back the same", name);
            std::process::exit(1);
        }
        mods.push((name.to_string(), rel.ends_with("__init__.py"), blob));
    }
    let img = crate::frozen_image::build_image(&mods);
    if let Err(e) = std::fs::write(out, img.as_slice()) {
        eprintln!("pyrite: can't write {}: {}", out, e);
        std::process::exit(1);
    }
    std::process::exit(0);
}

impl Vm {
    /// Creates, registers and runs frozen module `full` (no `__file__`)
    /// from its code in the image (blob at `start`).
    pub fn load_frozen(&mut self, full: &str, start: usize, is_pkg: bool) -> Result<Value, PyErr> {
        let file = frozen_file(full);
        let package = if is_pkg { full.to_string() } else { crate::vm_import::parent_name(full) };
        let m = self.new_module(full, "", package.as_str(), if is_pkg { file.as_str() } else { "" }, false);
        self.modules[m].file = file.clone();
        self.modules[m].show_source = false;
        if let Value::Ref(h) = self.modules[m].obj.clone() {
            if let Object::Module(mo) = &mut self.heap.objs[h] {
                mo.file = file.clone();
            }
        }
        let first = self.program.codes.len();
        let main = crate::frozen_image::read_module(image(), start, &mut self.program, true);
        self.run_codes(m, full, first, main)
    }
}
