//! OS-facing built-in modules (stage 4): `os` and the registration and
//! dispatch of `os.path` (CPython's `posixpath`: os_path.rs,
//! os_path_vm.rs), `os.walk` (os_walk.rs), `os.scandir` (os_scandir.rs),
//! `time`, `gc`, `errno`, `io`/`_io` and `open`.
//!
//! Invariants:
//! - Their functions are `Value::Builtin` ids `OSM_FIRST + index` in
//!   `names()`, whose entries are qualified ("os.getcwd"); dispatch is by
//!   that name.  `builtin_name` shows the part after the dot.
//! - Paths are str (bytes and path-like objects are not accepted yet).
//!   Every failing call raises the errno's OSError subclass with the
//!   path as `filename` (errno_mod.rs).
//! - `os.environ` is a plain dict snapshot of the environment taken when
//!   `os` is first imported; `os.getenv` reads that dict, so assignments
//!   to it are seen by `getenv` but not by the process environment.

use crate::objects::{err, type_error, Object, PyErr, Value};
use crate::vm::Vm;
use std::io::Read;
use std::os::unix::fs::MetadataExt;

pub const OSM_FIRST: usize = 300;
pub const OSM_END: usize = 400;
/// The method name of a top-down `os.walk` step (never visible to Python code).
pub const WALK_STEP: &str = "__pyrite_walk_step__";

fn names() -> Vec<&'static str> {
    vec![
        "open", "io.StringIO", "io.BytesIO", "sys.getsizeof", "io.TextIOWrapper",
        "os.getcwd", "os.chdir", "os.listdir", "os.getenv", "os.remove", "os.unlink", "os.rename", "os.replace", "os.mkdir",
        "os.makedirs", "os.rmdir", "os.stat", "os.lstat", "os.getpid", "os.fspath", "os.strerror", "os.walk", "os.urandom", "os.scandir",
        "path.join", "path.split", "path.splitext", "path.exists", "path.isdir", "path.isfile", "path.islink", "path.basename",
        "path.dirname", "path.abspath", "path.normpath", "path.isabs", "path.getsize", "path.getmtime", "path.expanduser",
        "path.commonprefix", "path.commonpath", "path.normcase", "path.relpath", "path.lexists", "path.realpath", "path.getatime", "path.getctime", "path.samefile",
        "time.time", "time.time_ns", "time.perf_counter", "time.perf_counter_ns", "time.monotonic", "time.monotonic_ns", "time.sleep",
        "gc.collect", "gc.enable", "gc.disable", "gc.isenabled",
        "time.process_time", "time.process_time_ns", "sys.intern", "sys.getdefaultencoding", "sys.getfilesystemencoding",
        "sys.getrefcount", "os.cpu_count", "path.splitdrive", "sys._getframe",
        "gc.get_threshold", "gc.set_threshold", "gc.get_count", "gc.get_debug", "gc.set_debug", "gc.is_tracked", "gc.freeze",
        "gc.unfreeze", "gc.get_freeze_count", "gc.is_finalized", "gc.get_referents", "gc.get_referrers", "gc.get_objects", "gc._pyrite_weakref",
        "gc.get_stats",
        "os.open", "os.close", "os.read", "os.write", "os.fdopen",
    ]
}

pub fn id_of(full: &str) -> usize {
    let n = names();
    for k in 0..n.len() {
        if n[k] == full {
            return OSM_FIRST + k;
        }
    }
    panic!("unknown OS module function {}", full)
}

fn full_name(id: usize) -> &'static str {
    let n = names();
    if id >= OSM_FIRST && id - OSM_FIRST < n.len() {
        return n[id - OSM_FIRST];
    }
    "?"
}

/// The `__name__` of function `id`.
pub fn osm_fn_name(id: usize) -> &'static str {
    let f = full_name(id);
    match f.find('.') {
        Some(i) => &f[i + 1..],
        None => f,
    }
}

impl Vm {
    /// Creates one of these built-in modules, if `name` is one; registers
    /// it in sys.modules.
    pub fn osm_module(&mut self, name: &str) -> Option<Value> {
        let which = match name {
            "os" | "time" | "gc" | "errno" | "io" | "_io" | "posixpath" | "os.path" => name,
            _ => return None,
        };
        if which == "io" || which == "_io" {
            let other = if which == "io" { "_io" } else { "io" };
            if let Some(v) = self.lookup_module(other) {
                self.register_module(which, v.clone());
                return Some(v);
            }
        }
        if which == "os.path" || which == "posixpath" {
            let os = self.import_dotted("os").ok()?;
            let mi = self.module_index(&os)?;
            return self.get_global(mi, "path");
        }
        let modname = if which == "io" { "_io" } else { which };
        let m = self.new_module(modname, "", "", "", false);
        let obj = self.modules[m].obj.clone();
        self.register_module(name, obj.clone());
        match which {
            "os" => self.init_os(m),
            "time" => self.init_time(m),
            "gc" => self.init_gc(m),
            "errno" => self.init_errno(m),
            _ => {
                let other = if which == "io" { "_io" } else { "io" };
                self.register_module(other, obj.clone());
                self.init_io(m);
            }
        }
        Some(obj)
    }

    fn init_os(&mut self, m: usize) {
        let p = self.new_module("posixpath", "", "", "", false);
        let pobj = self.modules[p].obj.clone();
        self.register_module("posixpath", pobj.clone());
        self.register_module("os.path", pobj.clone());
        let n = names();
        for k in 0..n.len() {
            if let Some(rest) = n[k].strip_prefix("os.") {
                self.set_global(m, rest, Value::Builtin(OSM_FIRST + k));
            }
            if let Some(rest) = n[k].strip_prefix("path.") {
                self.set_global(p, rest, Value::Builtin(OSM_FIRST + k));
            }
        }
        for (k, v) in [("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":"), ("defpath", "/bin:/usr/bin"), ("devnull", "/dev/null")] {
            let s = self.heap.str_from(v);
            self.set_global(m, k, s.clone());
            self.set_global(p, k, s);
        }
        self.set_global(m, "altsep", Value::None);
        self.set_global(p, "altsep", Value::None);
        let s = self.heap.str_from("\n");
        self.set_global(m, "linesep", s);
        let s = self.heap.str_from("posix");
        self.set_global(m, "name", s);
        self.set_global(m, "path", pobj);
        let oserr = Value::Ref(self.heap.exc_class(crate::objects::ExcKind::OSError));
        self.set_global(m, "error", oserr);
        for (k, v) in crate::os_fd::O_FLAGS {
            self.set_global(m, k, Value::Int(v));
        }
        for (k, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1)] {
            self.set_global(m, k, Value::Int(v));
        }
        let mut keys = Vec::new();
        let mut vals = Vec::new();
        for (k, v) in std::env::vars() {
            keys.push(self.heap.str_from(k.as_str()));
            vals.push(self.heap.str_from(v.as_str()));
        }
        if let Ok(d) = self.heap.new_dict(keys, vals) {
            self.set_global(m, "environ", d);
        }
        let object = self.heap.types[crate::classes::T_OBJECT];
        if let Ok(c) = self.heap.new_class("stat_result", "os.stat_result", vec![object]) {
            self.set_global(m, "stat_result", Value::Ref(c));
        }
        if let Ok(c) = self.heap.new_class("DirEntry", "posix.DirEntry", vec![object]) {
            self.set_global(m, "DirEntry", Value::Ref(c));
        }
        if let Ok(c) = self.heap.new_class("ScandirIterator", "posix.ScandirIterator", vec![object]) {
            for mname in ["__enter__", "__exit__", "__iter__", "__next__"] {
                let sym = self.heap.intern(mname);
                let d = self.heap.alloc(Object::MethodDescr(c, mname.to_string()));
                self.heap.class_set(c, sym, d);
            }
            self.set_global(m, "_ScandirIterator", Value::Ref(c));
        }
    }

    pub fn path_arg(&self, fname: &str, args: &Vec<Value>, i: usize) -> Result<String, PyErr> {
        if i >= args.len() {
            return Err(type_error(format!("{}() missing required argument 'path' (pos {})", fname, i + 1).as_str()));
        }
        let v = &args[i];
        if self.heap.is_str(v) {
            return Ok(self.heap.to_str(v));
        }
        Err(type_error(format!("{}: path should be string, bytes or os.PathLike, not {}", fname, self.heap.type_name(v)).as_str()))
    }

    /// `os.stat(path)` as a `stat_result` instance (None if the path is missing and `quiet`).
    pub fn os_stat(&mut self, args: &Vec<Value>, follow: bool) -> Result<Value, PyErr> {
        let fname = if follow { "stat" } else { "lstat" };
        crate::builtins::arg_count(fname, args, 1, 1)?;
        self.path_arg(fname, args, 0)?;
        self.os_stat_path(&args[0], follow)
    }

    /// `stat_result` of a str path value.
    pub fn os_stat_path(&mut self, pv: &Value, follow: bool) -> Result<Value, PyErr> {
        let path = self.heap.to_str(pv);
        let md = if follow { std::fs::metadata(path.as_str()) } else { std::fs::symlink_metadata(path.as_str()) };
        let md = match md {
            Ok(m) => m,
            Err(e) => return Err(self.io_error_v(&e, Some(pv.clone()), None)),
        };
        let os = self.import_dotted("os")?;
        let mi = self.module_index(&os).unwrap();
        let cls = match self.get_global(mi, "stat_result") {
            Some(Value::Ref(c)) => c,
            _ => return Err(err(crate::objects::ExcKind::RuntimeError, "os.stat_result is gone")),
        };
        let inst = self.heap.new_instance(cls);
        let h = match &inst {
            Value::Ref(h) => *h,
            _ => 0,
        };
        let fields: Vec<(&str, Value)> = vec![
            ("st_mode", Value::Int(md.mode() as i64)),
            ("st_ino", Value::Int(md.ino() as i64)),
            ("st_dev", Value::Int(md.dev() as i64)),
            ("st_nlink", Value::Int(md.nlink() as i64)),
            ("st_uid", Value::Int(md.uid() as i64)),
            ("st_gid", Value::Int(md.gid() as i64)),
            ("st_size", Value::Int(md.size() as i64)),
            ("st_atime", Value::Float(md.atime() as f64 + md.atime_nsec() as f64 * 1e-9)),
            ("st_mtime", Value::Float(md.mtime() as f64 + md.mtime_nsec() as f64 * 1e-9)),
            ("st_ctime", Value::Float(md.ctime() as f64 + md.ctime_nsec() as f64 * 1e-9)),
            ("st_atime_ns", Value::Int(md.atime() * 1_000_000_000 + md.atime_nsec())),
            ("st_mtime_ns", Value::Int(md.mtime() * 1_000_000_000 + md.mtime_nsec())),
            ("st_ctime_ns", Value::Int(md.ctime() * 1_000_000_000 + md.ctime_nsec())),
        ];
        for (k, v) in fields.into_iter() {
            let sym = self.heap.intern(k);
            self.heap.inst_set(h, sym, v);
        }
        Ok(inst)
    }

    /// 0 missing, 1 file, 2 directory, 3 other; `follow` false: a symlink is 4.
    pub fn path_kind(&self, v: &Value, follow: bool) -> u8 {
        if !self.heap.is_str(v) {
            return 0;
        }
        let p = self.heap.to_str(v);
        let md = if follow { std::fs::metadata(p.as_str()) } else { std::fs::symlink_metadata(p.as_str()) };
        match md {
            Ok(m) => {
                if !follow && m.is_symlink() {
                    4
                } else if m.is_dir() {
                    2
                } else if m.is_file() {
                    1
                } else {
                    3
                }
            }
            Err(_) => 0,
        }
    }

    /// CPython's makedirs: parents first, then this directory.
    fn makedirs(&mut self, name: &Value, exist_ok: bool) -> Result<(), PyErr> {
        let path = self.heap.to_str(name);
        let (mut head, mut tail) = crate::os_path::split(path.as_str());
        if tail.is_empty() {
            let (h2, t2) = crate::os_path::split(head.as_str());
            head = h2;
            tail = t2;
        }
        if !head.is_empty() && !tail.is_empty() {
            let hv = self.heap.str_from(head.as_str());
            if self.path_kind(&hv, true) == 0 {
                if let Err(e) = self.makedirs(&hv, exist_ok) {
                    let exists = self.heap.exc_class(crate::objects::ExcKind::FileExistsError);
                    let ok = match &e.exc {
                        Some(x) => self.heap.isinstance(x, exists),
                        None => false,
                    };
                    if !ok {
                        return Err(e);
                    }
                }
            }
        }
        if let Err(e) = std::fs::create_dir(path.as_str()) {
            if !exist_ok || self.path_kind(name, true) != 2 {
                return Err(self.io_error_v(&e, Some(name.clone()), None));
            }
        }
        Ok(())
    }

    pub fn str_list(&mut self, items: Vec<String>) -> Value {
        let mut vals = Vec::new();
        for s in items.iter() {
            vals.push(self.heap.str_from(s.as_str()));
        }
        self.heap.alloc(Object::List(vals))
    }

    pub fn str_pair(&mut self, a: String, b: String) -> Value {
        let x = self.heap.str_from(a.as_str());
        let y = self.heap.str_from(b.as_str());
        self.heap.alloc(Object::Tuple(vec![x, y]))
    }

    pub fn cwd(&mut self) -> Result<String, PyErr> {
        match std::env::current_dir() {
            Ok(p) => Ok(p.to_str().unwrap().to_string()),
            Err(e) => Err(self.io_error_v(&e, None, None)),
        }
    }

    /// `sys.intern`, `sys.getdefaultencoding`, `sys.getfilesystemencoding`,
    /// `sys.getrefcount`, `os.cpu_count`, `os.path.splitdrive`.
    fn call_sys_misc(&mut self, full: &str, short: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
        if full == "sys._getframe" {
            if args.len() > 1 {
                return Err(type_error(format!("_getframe expected at most 1 argument, got {}", args.len()).as_str()));
            }
            return self.sys_getframe(args);
        }
        let want = match full {
            "sys.intern" | "sys.getrefcount" | "path.splitdrive" => 1,
            _ => 0,
        };
        if args.len() != want {
            if want == 0 {
                return Err(type_error(format!("{}() takes no arguments ({} given)", short, args.len()).as_str()));
            }
            return Err(type_error(format!("{}() takes exactly one argument ({} given)", short, args.len()).as_str()));
        }
        match full {
            "sys.intern" => {
                if !self.heap.is_str(&args[0]) {
                    return Err(type_error(
                        format!("intern() argument must be str, not {}", self.heap.type_name(&args[0])).as_str(),
                    ));
                }
                // The table of interned strings: a dict kept in `sys` (module 1).
                let table = match self.get_global(1, "_pyrite_interned") {
                    Some(t) => t,
                    None => {
                        let t = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
                        self.set_global(1, "_pyrite_interned", t.clone());
                        t
                    }
                };
                if let Some(v) = self.dict_lookup_value(&table, &args[0])? {
                    return Ok(v);
                }
                self.dict_store(&table, &args[0], &args[0])?;
                Ok(args[0].clone())
            }
            "sys.getdefaultencoding" | "sys.getfilesystemencoding" => Ok(self.heap.str_from("utf-8")),
            "sys.getrefcount" => Ok(Value::Int(2)),
            "os.cpu_count" => {
                let mut n = 0;
                if let Ok(text) = std::fs::read_to_string("/proc/cpuinfo") {
                    for line in text.lines() {
                        if line.starts_with("processor") {
                            n += 1;
                        }
                    }
                }
                Ok(if n == 0 { Value::None } else { Value::Int(n) })
            }
            _ => {
                let e = self.heap.str_from("");
                let t = self.heap.alloc(Object::Tuple(vec![e, args[0].clone()]));
                Ok(t)
            }
        }
    }

    pub fn call_osm(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let full = full_name(id);
        let short = osm_fn_name(id);
        let args = if full.starts_with("os.") || full.starts_with("path.") || full == "open" { self.fspath_args(args)? } else { args };
        if crate::os_fd::is_fd_fn(full) {
            return self.call_os_fd(full, args, kwnames, kwvalues);
        }
        match full {
            "open" => return self.builtin_open(args, kwnames, kwvalues),
            "io.StringIO" => return self.new_memory_io(false, args, kwnames, kwvalues),
            "io.BytesIO" => return self.new_memory_io(true, args, kwnames, kwvalues),
            "io.TextIOWrapper" => return self.new_text_wrapper(args, kwnames, kwvalues),
            _ => {}
        }
        if full.starts_with("time.") {
            self.no_kw(short, &kwnames)?;
            return self.call_time(full, &args);
        }
        if (full.starts_with("sys.") && full != "sys.getsizeof") || full == "os.cpu_count" || full == "path.splitdrive" {
            self.no_kw(short, &kwnames)?;
            return self.call_sys_misc(full, short, &args);
        }
        if full.starts_with("gc.") || full == "sys.getsizeof" {
            self.no_kw(short, &kwnames)?;
            return self.call_gc(full, &args);
        }
        // Keyword arguments: makedirs(exist_ok=, mode=), mkdir(mode=), getenv(default=).
        let mut args = args;
        let mut exist_ok = false;
        let mut topdown = true;
        let mut followlinks = false;
        for k in 0..kwnames.len() {
            match (full, kwnames[k].as_str()) {
                ("os.walk", "topdown") => topdown = self.heap.truthy(&kwvalues[k]),
                ("os.walk", "followlinks") => followlinks = self.heap.truthy(&kwvalues[k]),
                ("os.walk", "onerror") => {
                    if !matches_none(&kwvalues[k]) {
                        return Err(type_error("walk(): onerror is not supported by Pyrite yet"));
                    }
                }
                ("os.makedirs", "exist_ok") => exist_ok = self.heap.truthy(&kwvalues[k]),
                ("os.makedirs", "mode") | ("os.mkdir", "mode") => {}
                ("os.getenv", "default") => args.push(kwvalues[k].clone()),
                _ => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", short, kwnames[k]).as_str())),
            }
        }
        if full.starts_with("path.") {
            return self.call_os_path(short, &args);
        }
        match full {
            "os.getcwd" => {
                crate::builtins::arg_count("getcwd", &args, 0, 0)?;
                let c = self.cwd()?;
                Ok(self.heap.str_from(c.as_str()))
            }
            "os.getpid" => {
                crate::builtins::arg_count("getpid", &args, 0, 0)?;
                Ok(Value::Int(std::process::id() as i64))
            }
            "os.chdir" => {
                crate::builtins::arg_count("chdir", &args, 1, 1)?;
                let p = self.path_arg(short, &args, 0)?;
                match std::env::set_current_dir(p.as_str()) {
                    Ok(()) => Ok(Value::None),
                    Err(e) => Err(self.io_error_v(&e, Some(args[0].clone()), None)),
                }
            }
            "os.listdir" => {
                crate::builtins::arg_count("listdir", &args, 0, 1)?;
                let p = if args.is_empty() || matches_none(&args[0]) { ".".to_string() } else { self.path_arg(short, &args, 0)? };
                let rd = match std::fs::read_dir(p.as_str()) {
                    Ok(r) => r,
                    Err(e) => {
                        let f = if args.is_empty() { self.heap.str_from(".") } else { args[0].clone() };
                        return Err(self.io_error_v(&e, Some(f), None));
                    }
                };
                let mut out = Vec::new();
                for ent in rd {
                    if let Ok(ent) = ent {
                        if let Ok(s) = ent.file_name().into_string() {
                            out.push(s);
                        }
                    }
                }
                Ok(self.str_list(out))
            }
            "os.getenv" => {
                crate::builtins::arg_count("getenv", &args, 1, 2)?;
                if !self.heap.is_str(&args[0]) {
                    return Err(type_error(format!("str expected, not {}", self.heap.type_name(&args[0])).as_str()));
                }
                let dflt = if args.len() > 1 { args[1].clone() } else { Value::None };
                let os = self.import_dotted("os")?;
                let mi = self.module_index(&os).unwrap();
                match self.get_global(mi, "environ") {
                    Some(d) => match self.dict_lookup_value(&d, &args[0])? {
                        Some(v) => Ok(v),
                        None => Ok(dflt),
                    },
                    None => Ok(dflt),
                }
            }
            "os.remove" | "os.unlink" | "os.rmdir" | "os.mkdir" => {
                crate::builtins::arg_count(short, &args, 1, 2)?;
                let p = self.path_arg(short, &args, 0)?;
                let r = match full {
                    "os.rmdir" => std::fs::remove_dir(p.as_str()),
                    "os.mkdir" => std::fs::create_dir(p.as_str()),
                    _ => std::fs::remove_file(p.as_str()),
                };
                match r {
                    Ok(()) => Ok(Value::None),
                    Err(e) => Err(self.io_error_v(&e, Some(args[0].clone()), None)),
                }
            }
            "os.rename" | "os.replace" => {
                crate::builtins::arg_count(short, &args, 2, 2)?;
                let a = self.path_arg(short, &args, 0)?;
                let b = self.path_arg(short, &args, 1)?;
                match std::fs::rename(a.as_str(), b.as_str()) {
                    Ok(()) => Ok(Value::None),
                    Err(e) => Err(self.io_error_v(&e, Some(args[0].clone()), Some(args[1].clone()))),
                }
            }
            "os.makedirs" => {
                crate::builtins::arg_count("makedirs", &args, 1, 3)?;
                self.path_arg(short, &args, 0)?;
                if args.len() > 2 {
                    exist_ok = self.heap.truthy(&args[2]);
                }
                let name = args[0].clone();
                self.makedirs(&name, exist_ok)?;
                Ok(Value::None)
            }
            "os.walk" => {
                crate::builtins::arg_count("walk", &args, 1, 4)?;
                self.path_arg(short, &args, 0)?;
                if args.len() > 1 {
                    topdown = self.heap.truthy(&args[1]);
                }
                if args.len() > 3 {
                    followlinks = self.heap.truthy(&args[3]);
                }
                self.os_walk(args[0].clone(), topdown, followlinks)
            }
            "os.urandom" => {
                crate::builtins::arg_count("urandom", &args, 1, 1)?;
                let n = crate::builtins::int_arg(&self.heap, &args[0])?;
                if n < 0 {
                    return Err(err(crate::objects::ExcKind::ValueError, "negative argument not allowed"));
                }
                let mut buf = vec![0u8; n as usize];
                let r = match std::fs::File::open("/dev/urandom") {
                    Ok(mut f) => {
                        let r = f.read_exact_all(&mut buf);
                        drop(f);
                        r
                    }
                    Err(e) => Err(e),
                };
                match r {
                    Ok(()) => Ok(self.heap.alloc(Object::Bytes(buf))),
                    Err(e) => Err(self.io_error_v(&e, None, None)),
                }
            }
            "os.scandir" => self.os_scandir(&args),
            "os.stat" => self.os_stat(&args, true),
            "os.lstat" => self.os_stat(&args, false),
            "os.fspath" => {
                crate::builtins::arg_count("fspath", &args, 1, 1)?;
                if self.heap.is_str(&args[0]) || crate::bytes::bytes_data(&self.heap, &args[0]).is_some() {
                    return Ok(args[0].clone());
                }
                Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", self.heap.type_name(&args[0])).as_str()))
            }
            _ => {
                crate::builtins::arg_count("strerror", &args, 1, 1)?;
                let n = crate::builtins::int_arg(&self.heap, &args[0])?;
                let s = crate::errno_mod::strerror(n as i32);
                Ok(self.heap.str_from(s.as_str()))
            }
        }
    }

    pub fn stat_field(&self, st: &Value, sym: usize) -> Value {
        match st {
            Value::Ref(h) => self.heap.inst_get(*h, sym).unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    pub fn abspath(&mut self, p: &str) -> Result<String, PyErr> {
        if crate::os_path::isabs(p) {
            return Ok(crate::os_path::normpath(p));
        }
        let c = self.cwd()?;
        Ok(crate::os_path::normpath(crate::os_path::join(&vec![c, p.to_string()]).as_str()))
    }
}

/// `io::Read::read_exact` for a whole buffer.
trait ReadAll {
    fn read_exact_all(&mut self, buf: &mut Vec<u8>) -> std::io::Result<()>;
}
impl ReadAll for std::fs::File {
    fn read_exact_all(&mut self, buf: &mut Vec<u8>) -> std::io::Result<()> {
        let mut at = 0;
        while at < buf.len() {
            let n = self.read(&mut buf[at..])?;
            if n == 0 {
                break;
            }
            at += n;
        }
        Ok(())
    }
}

pub fn is_none_value(v: &Value) -> bool {
    matches_none(v)
}

fn matches_none(v: &Value) -> bool {
    match v {
        Value::None => true,
        _ => false,
    }
}
