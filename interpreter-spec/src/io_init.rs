//! The `_io` module object (also registered as `io`): its classes, made
//! when it is first imported, and the lookup of the class a new file
//! object gets.
//!
//! Invariants:
//! - IOBase, RawIOBase, BufferedIOBase and TextIOBase are lib/_iobase.py's
//!   Python classes; the native classes derive from them.
//! - `io.BufferedReader`/`BufferedWriter`/`BufferedRandom` are
//!   lib/_bufio.py's Python classes over any raw stream; the native
//!   classes of `open()`'s buffered binary files derive from them (so
//!   isinstance() holds) and are kept in `_bufio` as `_file_NAME`, where
//!   `io_class` finds them.

use crate::objects::{err, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    /// The `_io` module's class `name` (importing `_io` first).
    pub fn io_class(&mut self, name: &str) -> Result<usize, PyErr> {
        let m = self.import_dotted("_io")?;
        let mi = self.module_index(&m).unwrap();
        // The native classes of buffered open() files live in `_bufio`
        // (`_io` exports the Python classes they derive from).
        if let Some(Value::Ref(h)) = self.buffered_file_class(name) {
            return Ok(h);
        }
        match self.get_global(mi, name) {
            Some(Value::Ref(h)) => Ok(h),
            _ => Err(err(ExcKind::ImportError, "_io")),
        }
    }

    /// The native class of `open()`'s buffered binary files called `name`
    /// (`_bufio._file_NAME`), None for the other classes.
    fn buffered_file_class(&mut self, name: &str) -> Option<Value> {
        if name != "BufferedReader" && name != "BufferedWriter" && name != "BufferedRandom" {
            return None;
        }
        let bm = match self.import_dotted("_bufio") {
            Ok(b) => b,
            Err(_) => return None,
        };
        let bi = self.module_index(&bm)?;
        self.get_global(bi, format!("_file_{}", name).as_str())
    }

    /// Creates `_io` (also registered as `io`): the classes and `open`.
    pub fn init_io(&mut self, m: usize) {
        let object = self.heap.types[crate::classes::T_OBJECT];
        // The abstract bases (lib/_iobase.py, plain Python classes with
        // CPython's default methods), exported by `io` as IOBase, ...
        let mut bases = vec![object, object, object, object];
        if let Ok(bm) = self.import_dotted("_iobase") {
            if let Some(mi) = self.module_index(&bm) {
                let abc = ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"];
                for k in 0..4 {
                    if let Some(Value::Ref(c)) = self.get_global(mi, abc[k]) {
                        bases[k] = c;
                        self.set_global(m, abc[k], Value::Ref(c));
                    }
                }
            }
        }
        // io.BufferedReader/Writer/Random are Python classes (lib/_bufio.py)
        // working over any raw stream; the native classes of buffered
        // open() files derive from them and are kept in `_bufio`.
        let mut buffered: Vec<(usize, usize)> = Vec::new();
        let mut bufio_mod: Option<usize> = None;
        if let Ok(bm) = self.import_dotted("_bufio") {
            if let Some(mi) = self.module_index(&bm) {
                bufio_mod = Some(mi);
                let pynames = ["BufferedReader", "BufferedWriter", "BufferedRandom"];
                for k in 0..3 {
                    if let Some(Value::Ref(c)) = self.get_global(mi, pynames[k]) {
                        buffered.push((k, c));
                    }
                }
            }
        }
        let names = ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "StringIO", "BytesIO", "FileIO"];
        for n in names.iter() {
            let mut pyclass: Option<usize> = None;
            for (k, c) in buffered.iter() {
                if names[*k + 1] == *n {
                    pyclass = Some(*c);
                }
            }
            let base = match *n {
                "TextIOWrapper" | "StringIO" => bases[3],
                "FileIO" => bases[1],
                _ => match pyclass {
                    Some(c) => c,
                    None => bases[2],
                },
            };
            let c = match self.heap.new_class(n, n, vec![base]) {
                Ok(c) => c,
                Err(_) => panic!("io class"),
            };
            let s_module = self.heap.intern("__module__");
            let io_name = self.heap.str_from("_io");
            self.heap.class_set(c, s_module, io_name);
            let s_enter = self.heap.intern("__enter__");
            let s_exit = self.heap.intern("__exit__");
            let s_iter = self.heap.intern("__iter__");
            let s_next = self.heap.intern("__next__");
            for (sym, mname) in [(s_enter, "__enter__"), (s_exit, "__exit__"), (s_iter, "__iter__"), (s_next, "__next__")] {
                let d = self.heap.alloc(Object::MethodDescr(c, mname.to_string()));
                self.heap.class_set(c, sym, d);
            }
            if *n == "StringIO" {
                self.heap.class_mut(c).builtin_fn = Some(crate::os_mod::id_of("io.StringIO"));
            } else if *n == "BytesIO" {
                self.heap.class_mut(c).builtin_fn = Some(crate::os_mod::id_of("io.BytesIO"));
            } else if *n == "TextIOWrapper" {
                self.heap.class_mut(c).builtin_fn = Some(crate::os_mod::id_of("io.TextIOWrapper"));
            }
            match (pyclass, bufio_mod) {
                (Some(pc), Some(bi)) => {
                    self.set_global(bi, format!("_file_{}", n).as_str(), Value::Ref(c));
                    self.set_global(m, n, Value::Ref(pc));
                }
                _ => self.set_global(m, n, Value::Ref(c)),
            }
        }
        let oserr = self.heap.exc_class(ExcKind::OSError);
        let valerr = self.heap.exc_class(ExcKind::ValueError);
        if let Ok(c) = self.heap.new_class("UnsupportedOperation", "io.UnsupportedOperation", vec![oserr, valerr]) {
            self.set_global(m, "UnsupportedOperation", Value::Ref(c));
        }
        self.set_global(m, "open", Value::Builtin(crate::os_mod::id_of("open")));
        self.set_global(m, "SEEK_SET", Value::Int(0));
        self.set_global(m, "SEEK_CUR", Value::Int(1));
        self.set_global(m, "SEEK_END", Value::Int(2));
        self.set_global(m, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    }
}
