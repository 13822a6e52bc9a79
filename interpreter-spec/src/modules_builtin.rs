//! Built-in modules (stage 4): `sys` and `math` (math_mod.rs), and the
//! `sys.stdout`/`sys.stderr` stream objects.
//!
//! Invariants: module functions are `Value::Builtin` ids in
//! `MOD_FIRST..MOD_END` (never global builtins); their names come from
//! `module_fn_name`.  `sys.stdout.write` appends to the VM's stdout
//! buffer, so it interleaves with `print` exactly; stderr is unbuffered.

use crate::builtins::arg_count;
use crate::objects::{err, err_arg, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub const MOD_FIRST: usize = 100;
pub const MOD_END: usize = 200;
pub const SYS_EXIT: usize = 150;
pub const SYS_GETRECURSIONLIMIT: usize = 151;
pub const SYS_SETRECURSIONLIMIT: usize = 152;
pub const SYS_EXC_INFO: usize = 153;
pub const SYS_EXCEPTION: usize = 154;
pub const OUT_WRITE: usize = 160;
pub const OUT_FLUSH: usize = 161;
pub const ERR_WRITE: usize = 162;
pub const ERR_FLUSH: usize = 163;
pub const IN_READ: usize = 170;
pub const IN_READLINE: usize = 171;
pub const IN_READLINES: usize = 172;

pub fn module_fn_name(id: usize) -> &'static str {
    match id {
        SYS_EXIT => "exit",
        SYS_GETRECURSIONLIMIT => "getrecursionlimit",
        SYS_SETRECURSIONLIMIT => "setrecursionlimit",
        SYS_EXC_INFO => "exc_info",
        SYS_EXCEPTION => "exception",
        OUT_WRITE | ERR_WRITE => "write",
        OUT_FLUSH | ERR_FLUSH => "flush",
        IN_READ => "read",
        IN_READLINE => "readline",
        IN_READLINES => "readlines",
        _ if id >= crate::heapq_mod::HEAPQ_FIRST => crate::heapq_mod::heapq_fn_name(id),
        _ => crate::math_mod::math_fn_name(id),
    }
}

impl Vm {
    /// Creates `sys` (registered in sys.modules) with `sys.path[0] = dir`.
    /// An instance of a new class `sys.NAME` with the given attributes
    /// (`sys.float_info` and the like; CPython's are struct sequences).
    fn info_record(&mut self, name: &str, names: &[&str], values: &[Value]) -> Value {
        let object = self.heap.types[crate::classes::T_OBJECT];
        let qual = format!("sys.{}", name);
        let c = match self.heap.new_class(name, qual.as_str(), vec![object]) {
            Ok(c) => c,
            Err(_) => panic!("sys info class"),
        };
        let inst = self.heap.new_instance(c);
        if let Value::Ref(h) = &inst {
            for k in 0..names.len() {
                let sym = self.heap.intern(names[k]);
                self.heap.inst_set(*h, sym, values[k].clone());
            }
        }
        inst
    }

    pub fn init_sys(&mut self, dir: &str, argv: Vec<String>) {
        let m = self.new_module("sys", "", "", "", false);
        let obj = self.modules[m].obj.clone();
        self.register_module("sys", obj);
        let mut items = Vec::new();
        for a in argv.iter() {
            items.push(self.heap.str_from(a.as_str()));
        }
        let v = self.heap.alloc(Object::List(items));
        self.set_global(m, "argv", v);
        let d = self.heap.str_from(dir);
        self.sys_path = self.heap.alloc(Object::List(vec![d]));
        let p = self.sys_path.clone();
        self.set_global(m, "path", p);
        let mods = self.sys_modules.clone();
        self.set_global(m, "modules", mods);
        self.set_global(m, "maxsize", Value::Int(9223372036854775807));
        let style = self.heap.str_from("short");
        self.set_global(m, "float_repr_style", style);
        // The modules written in the dialect (CPython lists its C modules here).
        let mut names = Vec::new();
        for n in ["_heapq", "_io", "builtins", "errno", "gc", "math", "posix", "sys", "time"] {
            names.push(self.heap.str_from(n));
        }
        let names = self.heap.alloc(Object::Tuple(names));
        self.set_global(m, "builtin_module_names", names);
        let s = self.heap.str_from("little");
        self.set_global(m, "byteorder", s);
        let s = self.heap.str_from("linux");
        self.set_global(m, "platform", s);
        let fin = self.heap.str_from("final");
        let vi = self.heap.alloc(Object::Tuple(vec![Value::Int(3), Value::Int(11), Value::Int(2), fin, Value::Int(0)]));
        self.set_global(m, "version_info", vi.clone());
        let inp = self.heap.alloc(Object::Stream(0));
        self.set_global(m, "stdin", inp.clone());
        self.set_global(m, "__stdin__", inp);
        let out = self.heap.alloc(Object::Stream(1));
        let errs = self.heap.alloc(Object::Stream(2));
        self.set_global(m, "stdout", out.clone());
        self.set_global(m, "stderr", errs.clone());
        self.set_global(m, "__stdout__", out);
        self.set_global(m, "__stderr__", errs);
        self.set_global(m, "exit", Value::Builtin(SYS_EXIT));
        self.set_global(m, "getrecursionlimit", Value::Builtin(SYS_GETRECURSIONLIMIT));
        self.set_global(m, "setrecursionlimit", Value::Builtin(SYS_SETRECURSIONLIMIT));
        self.set_global(m, "exc_info", Value::Builtin(SYS_EXC_INFO));
        self.set_global(m, "exception", Value::Builtin(SYS_EXCEPTION));
        self.set_global(m, "dont_write_bytecode", Value::Bool(false));
        self.set_global(m, "getsizeof", Value::Builtin(crate::os_mod::id_of("sys.getsizeof")));
        self.set_global(m, "_getframe", Value::Builtin(crate::os_mod::id_of("sys._getframe")));
        for n in ["intern", "getdefaultencoding", "getfilesystemencoding", "getrefcount"] {
            let id = crate::os_mod::id_of(format!("sys.{}", n).as_str());
            self.set_global(m, n, Value::Builtin(id));
        }
        let exe = self.heap.str_from("/usr/bin/pyrite");
        self.set_global(m, "executable", exe);
        let pre = self.heap.str_from("/usr");
        self.set_global(m, "prefix", pre.clone());
        self.set_global(m, "exec_prefix", pre);
        self.set_global(m, "hexversion", Value::Int(0x030b02f0));
        let ver = self.heap.str_from("3.11.2 (main) [Pyrite]");
        self.set_global(m, "version", ver);
        self.set_global(m, "maxunicode", Value::Int(0x10ffff));
        let names_f = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
        let vals_f = [
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(2.2250738585072014e-308),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ];
        let fi = self.info_record("float_info", &names_f, &vals_f);
        self.set_global(m, "float_info", fi);
        let names_i = ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
        let vals_i = [Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)];
        let ii = self.info_record("int_info", &names_i, &vals_i);
        self.set_global(m, "int_info", ii);
        let names_h = ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
        let alg = self.heap.str_from("siphash13");
        let vals_h = [
            Value::Int(64),
            Value::Int(2305843009213693951),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            alg,
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ];
        let hi = self.info_record("hash_info", &names_h, &vals_h);
        self.set_global(m, "hash_info", hi);
        let names_fl = [
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
            "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits",
        ];
        let mut vals_fl = Vec::new();
        for k in 0..names_fl.len() {
            vals_fl.push(if names_fl[k] == "hash_randomization" {
                Value::Int(1)
            } else if names_fl[k] == "dev_mode" || names_fl[k] == "safe_path" {
                Value::Bool(false)
            } else if names_fl[k] == "int_max_str_digits" {
                Value::Int(-1)
            } else {
                Value::Int(0)
            });
        }
        let fl = self.info_record("flags", &names_fl, &vals_fl);
        self.set_global(m, "flags", fl);
        // sys.implementation: a SimpleNamespace-like instance.
        let object = self.heap.types[crate::classes::T_OBJECT];
        let ns = match self.heap.new_class("SimpleNamespace", "SimpleNamespace", vec![object]) {
            Ok(c) => c,
            Err(_) => panic!("SimpleNamespace class"),
        };
        let inst = self.heap.new_instance(ns);
        let name = self.heap.str_from("pyrite");
        let h = match &inst {
            Value::Ref(h) => *h,
            _ => 0,
        };
        let s_name = self.heap.intern("name");
        self.heap.inst_set(h, s_name, name);
        let s_ver = self.heap.intern("version");
        self.heap.inst_set(h, s_ver, vi);
        let s_tag = self.heap.intern("cache_tag");
        self.heap.inst_set(h, s_tag, Value::None);
        self.set_global(m, "implementation", inst);
    }

    /// A built-in module by name (created on first import).
    pub fn builtin_module(&mut self, name: &str) -> Option<Value> {
        if name == "_heapq" {
            return Some(self.heapq_module());
        }
        if name == "builtins" {
            return Some(self.builtins_module());
        }
        if let Some(v) = self.std_module(name) {
            return Some(v);
        }
        if name != "math" {
            return self.osm_module(name);
        }
        let m = self.new_module("math", "", "", "", false);
        self.init_math(m);
        let obj = self.modules[m].obj.clone();
        self.register_module(name, obj.clone());
        Some(obj)
    }

    /// `builtins`: a module whose globals are the builtin values (the ones
    /// Pyrite has), made on first import.
    fn builtins_module(&mut self) -> Value {
        let m = self.new_module("builtins", "", "", "", false);
        for name in crate::suggestions::builtin_names().iter() {
            if name.starts_with("__") && name.as_str() != "__import__" {
                continue;
            }
            if let Some(v) = crate::vm::builtin_value(&self.heap, name.as_str()) {
                self.set_global(m, name.as_str(), v);
            }
        }
        let obj = self.modules[m].obj.clone();
        self.register_module("builtins", obj.clone());
        obj
    }

    pub fn stream_attr(&mut self, obj: &Value, sym: usize) -> Result<Value, PyErr> {
        let k = match self.heap.get(obj) {
            Some(Object::Stream(k)) => *k,
            _ => 1,
        };
        let name = self.sym_str(sym);
        if k == 0 {
            return match name.as_str() {
                "read" => Ok(Value::Builtin(IN_READ)),
                "readline" => Ok(Value::Builtin(IN_READLINE)),
                "readlines" => Ok(Value::Builtin(IN_READLINES)),
                "name" => Ok(self.heap.str_from("<stdin>")),
                "encoding" => Ok(self.heap.str_from("utf-8")),
                "mode" => Ok(self.heap.str_from("r")),
                _ => self.stream_common_attr(obj, name),
            };
        }
        match name.as_str() {
            "write" => Ok(Value::Builtin(if k == 1 { OUT_WRITE } else { ERR_WRITE })),
            "flush" => Ok(Value::Builtin(if k == 1 { OUT_FLUSH } else { ERR_FLUSH })),
            "name" => Ok(self.heap.str_from(if k == 1 { "<stdout>" } else { "<stderr>" })),
            "encoding" => Ok(self.heap.str_from("utf-8")),
            "mode" => Ok(self.heap.str_from("w")),
            "writelines" => Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name))),
            _ => self.stream_common_attr(obj, name),
        }
    }

    /// The attributes `sys.stdin`, `sys.stdout` and `sys.stderr` share.
    fn stream_common_attr(&mut self, obj: &Value, name: String) -> Result<Value, PyErr> {
        match name.as_str() {
            "errors" => {
                let k = match self.heap.get(obj) {
                    Some(Object::Stream(k)) => *k,
                    _ => 1,
                };
                Ok(self.heap.str_from(if k == 2 { "backslashreplace" } else { "strict" }))
            }
            "closed" | "line_buffering" => Ok(Value::Bool(false)),
            "newlines" => Ok(Value::None),
            "readable" | "writable" | "seekable" | "isatty" | "fileno" | "__enter__" | "__exit__" => {
                Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)))
            }
            _ => Err(err(ExcKind::AttributeError, format!("'_io.TextIOWrapper' object has no attribute '{}'", name).as_str())),
        }
    }

    /// A method of `sys.stdin`/`sys.stdout`/`sys.stderr` other than
    /// read*/write/flush (which are module functions).
    pub fn stream_method(&mut self, recv: &Value, name: &str, args: Vec<Value>) -> Result<Value, PyErr> {
        let k = match self.heap.get(recv) {
            Some(Object::Stream(k)) => *k,
            _ => 1,
        };
        match name {
            "writelines" => {
                arg_count("writelines", &args, 1, 1)?;
                let items = self.collect(&args[0])?;
                for it in items.iter() {
                    if !self.heap.is_str(it) {
                        return Err(type_error(format!("write() argument must be str, not {}", self.heap.type_name(it)).as_str()));
                    }
                    let id = if k == 1 { OUT_WRITE } else { ERR_WRITE };
                    self.call_module_fn(id, vec![it.clone()], Vec::new(), Vec::new())?;
                }
                Ok(Value::None)
            }
            "readable" => {
                arg_count(name, &args, 0, 0)?;
                Ok(Value::Bool(k == 0))
            }
            "writable" => {
                arg_count(name, &args, 0, 0)?;
                Ok(Value::Bool(k != 0))
            }
            "seekable" | "isatty" => {
                arg_count(name, &args, 0, 0)?;
                // Pyrite does not ask the OS; the streams count as pipes.
                Ok(Value::Bool(false))
            }
            "fileno" => {
                arg_count(name, &args, 0, 0)?;
                Ok(Value::Int(k as i64))
            }
            "__enter__" => Ok(recv.clone()),
            _ => Ok(Value::None),
        }
    }

    /// `sys.stdin.read()`, `.readline()`, `.readlines()`: lines as
    /// `Stdin::read_line` gives them (a `read(n)` size is not honoured:
    /// it reads to the end).
    fn call_stdin(&mut self, id: usize, args: Vec<Value>) -> Result<Value, PyErr> {
        arg_count(module_fn_name(id), &args, 0, 1)?;
        self.flush();
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            let n = match std::io::stdin().read_line(&mut line) {
                Ok(n) => n,
                Err(_) => 0,
            };
            if n == 0 {
                break;
            }
            lines.push(line);
            if id == IN_READLINE {
                break;
            }
        }
        if id == IN_READLINES {
            let mut items = Vec::new();
            for l in lines.iter() {
                items.push(self.heap.str_from(l.as_str()));
            }
            return Ok(self.heap.alloc(Object::List(items)));
        }
        let mut all = String::new();
        for l in lines.iter() {
            all.push_str(l.as_str());
        }
        Ok(self.heap.str_from(all.as_str()))
    }

    /// Writes text to stream value `f` (a Stream, or anything with `write`).
    pub fn write_to(&mut self, f: &Value, text: &str) -> Result<(), PyErr> {
        match self.heap.get(f) {
            Some(Object::Stream(1)) => {
                self.out.push_str(text);
                if self.out.len() > 8192 {
                    self.flush();
                }
                Ok(())
            }
            Some(Object::Stream(_)) => {
                eprint!("{}", text);
                Ok(())
            }
            _ => {
                let sym = self.heap.intern("write");
                let w = self.get_attr(f, sym)?;
                let s = self.heap.str_from(text);
                self.call1(&w, vec![s])?;
                Ok(())
            }
        }
    }

    pub fn call_module_fn(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let name = module_fn_name(id);
        if id >= crate::heapq_mod::HEAPQ_FIRST {
            return self.call_heapq(id, args, kwnames);
        }
        if id < SYS_EXIT {
            return self.call_math(id, name, args, kwnames, kwvalues);
        }
        self.no_kw(name, &kwnames)?;
        if id >= IN_READ && id <= IN_READLINES {
            return self.call_stdin(id, args);
        }
        match id {
            SYS_EXIT => {
                arg_count("exit", &args, 0, 1)?;
                if args.is_empty() {
                    return Err(err(ExcKind::SystemExit, ""));
                }
                Err(err_arg(ExcKind::SystemExit, "", args[0].clone()))
            }
            SYS_GETRECURSIONLIMIT => {
                arg_count("getrecursionlimit", &args, 0, 0)?;
                Ok(Value::Int(self.recursion_limit as i64))
            }
            SYS_EXC_INFO | SYS_EXCEPTION => {
                // The exception being handled (and its traceback).
                arg_count(name, &args, 0, 0)?;
                let v = self.exc_info.clone();
                if id == SYS_EXCEPTION {
                    return Ok(v);
                }
                let t = match &v {
                    Value::None => Value::None,
                    _ => Value::Ref(self.heap.class_of(&v)),
                };
                let tb = self.traceback_of(&v)?;
                Ok(self.heap.alloc(Object::Tuple(vec![t, v, tb])))
            }
            SYS_SETRECURSIONLIMIT => {
                arg_count("setrecursionlimit", &args, 1, 1)?;
                let n = match &args[0] {
                    Value::Int(n) => *n,
                    Value::Bool(b) => *b as i64,
                    Value::Float(_) => return Err(type_error("'float' object cannot be interpreted as an integer")),
                    other => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(other)).as_str())),
                };
                if n < 1 {
                    return Err(err(ExcKind::ValueError, "recursion limit must be greater or equal than 1"));
                }
                let depth = self.frames.len() as i64;
                if n <= depth {
                    return Err(err(ExcKind::RecursionError, format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, depth).as_str()));
                }
                self.recursion_limit = n as usize;
                Ok(Value::None)
            }
            OUT_WRITE | ERR_WRITE => {
                arg_count("write", &args, 1, 1)?;
                if !self.heap.is_str(&args[0]) {
                    return Err(type_error(format!("write() argument must be str, not {}", self.heap.type_name(&args[0])).as_str()));
                }
                let s = self.heap.to_str(&args[0]);
                let n = self.heap.len(&args[0])?;
                if id == OUT_WRITE {
                    self.out.push_str(s.as_str());
                    if self.out.len() > 8192 {
                        self.check_stdout()?;
                    }
                } else {
                    eprint!("{}", s);
                }
                Ok(Value::Int(n))
            }
            _ => {
                arg_count("flush", &args, 0, 0)?;
                if id == OUT_FLUSH {
                    self.check_stdout()?;
                }
                Ok(Value::None)
            }
        }
    }
}
