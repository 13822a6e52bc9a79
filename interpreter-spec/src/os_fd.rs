//! File descriptors and path-like objects for `os` (os_mod.rs):
//! `os.open`, `os.read`, `os.write`, `os.close`, `os.fdopen`, the
//! `os.O_*` flags, and `__fspath__` conversion of path arguments (what
//! `pathlib` and `tempfile` need).
//!
//! Invariants:
//! - A descriptor from `os.open` is the raw fd of a `std::fs::File` kept
//!   in `Vm::os_fds` until `os.close` drops it or `open(fd)`/`os.fdopen`
//!   moves it into a file object (which then owns and closes it).  Other
//!   numbers (0-2 included) are not descriptors here: EBADF.
//! - `types.ModuleType(name, doc)` makes a module without `__file__`,
//!   whose `__package__`, `__loader__` and `__spec__` are None; its
//!   `ModuleObj::created` is set, which only its repr reads.
//! - A module's `__spec__` and `__loader__` are made on first use by
//!   `importlib.machinery._spec_for_module` (a (spec, loader) pair) and then kept in its globals.
//! - Path arguments of `os`, `os.path` and `open` that are objects with
//!   `__fspath__` are replaced by its result before dispatch, so every
//!   function sees a str (or bytes) and errors name the converted path.

use crate::objects::{type_error, Object, PyErr, Value};
use crate::vm::Vm;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;

/// Linux's open(2) flags, as `os.O_*`.
pub const O_FLAGS: [(&str, i64); 11] = [
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
];

const EBADF: i32 = 9;

/// `ModuleObj::file` of modules made by `types.ModuleType`.

/// The functions `call_os_fd` serves.
pub fn is_fd_fn(full: &str) -> bool {
    match full {
        "os.open" | "os.read" | "os.write" | "os.close" | "os.fdopen" => true,
        _ => false,
    }
}

impl Vm {
    /// `v.__fspath__()` if `v` is an instance whose class defines it.
    pub fn fspath_of(&mut self, v: &Value) -> Result<Option<Value>, PyErr> {
        let cls = match v {
            Value::Ref(h) => match self.heap.get(v) {
                Some(Object::Instance(_)) => self.heap.class_of(&Value::Ref(*h)),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let sym = self.heap.intern("__fspath__");
        if self.heap.lookup(cls, sym).is_none() {
            return Ok(None);
        }
        let f = self.get_attr(v, sym)?;
        let r = self.call_sync(&f, Vec::new(), Vec::new(), Vec::new())?;
        if self.heap.is_str(&r) || crate::bytes::bytes_data(&self.heap, &r).is_some() {
            return Ok(Some(r));
        }
        let cname = self.heap.type_name(v);
        let rname = self.heap.type_name(&r);
        Err(type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", cname, rname).as_str()))
    }

    /// The arguments with path-like objects replaced by their paths.
    pub fn fspath_args(&mut self, args: Vec<Value>) -> Result<Vec<Value>, PyErr> {
        let mut out = Vec::new();
        for a in args.into_iter() {
            match self.fspath_of(&a)? {
                Some(p) => out.push(p),
                None => out.push(a),
            }
        }
        Ok(out)
    }

    fn fd_index(&self, fd: i64) -> Option<usize> {
        for k in 0..self.os_fds.len() {
            if self.os_fds[k].as_raw_fd() as i64 == fd {
                return Some(k);
            }
        }
        None
    }

    fn fd_arg(&mut self, args: &Vec<Value>) -> Result<usize, PyErr> {
        let fd = crate::builtins::int_arg(&self.heap, &args[0])?;
        match self.fd_index(fd) {
            Some(k) => Ok(k),
            None => Err(self.os_error(EBADF, None, None)),
        }
    }

    /// Moves descriptor `fd` out of the table, for a file object to own.
    pub fn take_os_fd(&mut self, fd: i64) -> Result<std::fs::File, PyErr> {
        match self.fd_index(fd) {
            Some(k) => Ok(self.os_fds.remove(k)),
            None => Err(self.os_error(EBADF, None, None)),
        }
    }

    /// `os.open`, `os.read`, `os.write`, `os.close`, `os.fdopen` (see `is_fd_fn`).
    pub fn call_os_fd(&mut self, full: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let short = &full[3..];
        if full == "os.fdopen" {
            return self.builtin_open(args, kwnames, kwvalues);
        }
        self.no_kw(short, &kwnames)?;
        match full {
            "os.open" => {
                crate::builtins::arg_count("open", &args, 2, 3)?;
                let path = self.path_arg("open", &args, 0)?;
                let flags = crate::builtins::int_arg(&self.heap, &args[1])?;
                let mut o = std::fs::OpenOptions::new();
                let acc = flags & 3;
                o.read(acc == 0 || acc == 2);
                o.write(acc == 1 || acc == 2);
                o.append(flags & 0o2000 != 0);
                if flags & 0o100 != 0 && flags & 0o200 != 0 {
                    o.create_new(true);
                } else {
                    o.create(flags & 0o100 != 0);
                    o.truncate(flags & 0o1000 != 0);
                }
                match o.open(path.as_str()) {
                    Ok(f) => {
                        let fd = f.as_raw_fd() as i64;
                        self.os_fds.push(f);
                        Ok(Value::Int(fd))
                    }
                    Err(e) => Err(self.io_error_v(&e, Some(args[0].clone()), None)),
                }
            }
            "os.close" => {
                crate::builtins::arg_count("close", &args, 1, 1)?;
                let k = self.fd_arg(&args)?;
                let f = self.os_fds.remove(k);
                drop(f);
                Ok(Value::None)
            }
            "os.write" => {
                crate::builtins::arg_count("write", &args, 2, 2)?;
                let data = match crate::bytes::bytes_data(&self.heap, &args[1]) {
                    Some(d) => d,
                    None => {
                        let t = self.heap.type_name(&args[1]);
                        return Err(type_error(format!("a bytes-like object is required, not '{}'", t).as_str()));
                    }
                };
                let k = self.fd_arg(&args)?;
                match self.os_fds[k].write_all(&data) {
                    Ok(()) => Ok(Value::Int(data.len() as i64)),
                    Err(e) => Err(self.io_error_v(&e, None, None)),
                }
            }
            _ => {
                crate::builtins::arg_count("read", &args, 2, 2)?;
                let n = crate::builtins::int_arg(&self.heap, &args[1])?;
                if n < 0 {
                    return Err(self.os_error(22, None, None));
                }
                let k = self.fd_arg(&args)?;
                let mut buf = vec![0u8; n as usize];
                match self.os_fds[k].read(&mut buf) {
                    Ok(got) => {
                        buf.truncate(got);
                        Ok(self.heap.alloc(Object::Bytes(buf)))
                    }
                    Err(e) => Err(self.io_error_v(&e, None, None)),
                }
            }
        }
    }

    /// `types.ModuleType(name, doc=None)`.
    pub fn new_module_object(&mut self, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let params = vec!["name", "doc"];
        let a = crate::bytes::merge_args("module", &params, &args, &kwnames, &kwvalues)?;
        let name = match &a[0] {
            Some(n) => n.clone(),
            None => return Err(type_error("module() missing required argument 'name' (pos 1)")),
        };
        if !self.heap.is_str(&name) {
            let t = self.heap.type_name(&name);
            return Err(type_error(format!("module.__init__() argument 'name' must be str, not {}", t).as_str()));
        }
        let n = self.heap.to_str(&name);
        let m = self.new_module(n.as_str(), "", "", "", false);
        let doc = match &a[1] {
            Some(d) => d.clone(),
            None => Value::None,
        };
        self.set_global(m, "__doc__", doc);
        for k in ["__package__", "__loader__", "__spec__"] {
            self.set_global(m, k, Value::None);
        }
        self.modules[m].show_source = false;
        let obj = self.modules[m].obj.clone();
        if let Value::Ref(h) = &obj {
            if let Object::Module(mo) = &mut self.heap.objs[*h] {
                mo.created = true;
            }
        }
        Ok(obj)
    }

    /// `module.__spec__` / `module.__loader__` when the module has none yet.
    pub fn module_spec_attr(&mut self, obj: &Value, mi: usize, which: &str) -> Result<Value, PyErr> {
        let mach = self.import_dotted("importlib.machinery")?;
        let f = match self.module_index(&mach) {
            Some(k) => self.get_global(k, "_spec_for_module"),
            None => None,
        };
        let f = match f {
            Some(f) => f,
            None => return Err(crate::objects::err(crate::objects::ExcKind::ImportError, "importlib.machinery._spec_for_module is missing")),
        };
        let pair = self.call_sync(&f, vec![obj.clone()], Vec::new(), Vec::new())?;
        let (spec, loader) = match self.heap.get(&pair) {
            Some(Object::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            _ => return Err(type_error("_spec_for_module() must return (spec, loader)")),
        };
        self.set_global(mi, "__spec__", spec.clone());
        self.set_global(mi, "__loader__", loader.clone());
        Ok(if which == "__spec__" { spec } else { loader })
    }
}
