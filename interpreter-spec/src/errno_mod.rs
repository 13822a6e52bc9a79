//! The `errno` module and OSError's CPython behaviour: the errno ->
//! subclass mapping (`FileNotFoundError` for ENOENT, ...), the
//! `errno`/`strerror`/`filename`/`filename2` attributes and the
//! `[Errno 2] No such file or directory: 'x'` str.
//!
//! Invariants: errno values are Linux's (the same on every target Pyrite
//! builds for); `strerror` is libc's text, taken from `io::Error`'s Display
//! without its ` (os error N)` suffix; an OSError raised from Rust is built
//! here as a finished instance (args `(errno, strerror)`), never through
//! `PyErr`'s (kind, message).

use crate::objects::{exc_err, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub fn errno_names() -> Vec<(&'static str, i64)> {
    vec![
        ("EPERM", 1), ("ENOENT", 2), ("ESRCH", 3), ("EINTR", 4), ("EIO", 5), ("ENXIO", 6), ("E2BIG", 7), ("ENOEXEC", 8),
        ("EBADF", 9), ("ECHILD", 10), ("EAGAIN", 11), ("ENOMEM", 12), ("EACCES", 13), ("EFAULT", 14), ("EBUSY", 16),
        ("EEXIST", 17), ("EXDEV", 18), ("ENODEV", 19), ("ENOTDIR", 20), ("EISDIR", 21), ("EINVAL", 22), ("ENFILE", 23),
        ("EMFILE", 24), ("ENOTTY", 25), ("EFBIG", 27), ("ENOSPC", 28), ("ESPIPE", 29), ("EROFS", 30), ("EMLINK", 31),
        ("EPIPE", 32), ("EDOM", 33), ("ERANGE", 34), ("EDEADLK", 35), ("ENAMETOOLONG", 36), ("ENOSYS", 38),
        ("ENOTEMPTY", 39), ("ELOOP", 40), ("EWOULDBLOCK", 11), ("ENOTSUP", 95), ("EOPNOTSUPP", 95), ("ETIMEDOUT", 110),
        ("ECONNREFUSED", 111), ("ECONNRESET", 104), ("EADDRINUSE", 98), ("EINPROGRESS", 115), ("EALREADY", 114),
        ("ESHUTDOWN", 108), ("ECONNABORTED", 103), ("EHOSTUNREACH", 113), ("ENETUNREACH", 101), ("ENOTCONN", 107),
        ("EPROTO", 71), ("ENOTSOCK", 88),
    ]
}

/// The OSError subclass CPython picks for an errno.
pub fn errno_kind(e: i64) -> ExcKind {
    match e {
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        1 | 13 => ExcKind::PermissionError,
        4 => ExcKind::InterruptedError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

/// libc's message for an errno ("No such file or directory").
pub fn strerror(e: i32) -> String {
    let s = format!("{}", std::io::Error::from_raw_os_error(e));
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError subclasses with no ExcKind (objects.rs), by errno.
fn errno_class_name(e: i64) -> Option<&'static str> {
    match e {
        32 => Some("BrokenPipeError"),
        103 => Some("ConnectionAbortedError"),
        104 => Some("ConnectionResetError"),
        111 => Some("ConnectionRefusedError"),
        _ => None,
    }
}

impl Vm {
    /// The OSError subclass CPython raises for `errno`.
    pub fn errno_class(&self, e: i64) -> usize {
        if let Some(name) = errno_class_name(e) {
            if let Some(Value::Ref(c)) = crate::vm::builtin_value(&self.heap, name) {
                return c;
            }
        }
        self.heap.exc_class(errno_kind(e))
    }

    pub fn init_errno(&mut self, m: usize) {
        let names = errno_names();
        let mut keys = Vec::new();
        let mut vals = Vec::new();
        for (n, v) in names.iter() {
            self.set_global(m, n, Value::Int(*v));
        }
        // errorcode: the first name of each number, as CPython's table has it.
        for (n, v) in names.iter() {
            let mut seen = false;
            for k in keys.iter() {
                if let Value::Int(x) = k {
                    if *x == *v {
                        seen = true;
                    }
                }
            }
            if !seen {
                keys.push(Value::Int(*v));
                vals.push(self.heap.str_from(n));
            }
        }
        if let Ok(d) = self.heap.new_dict(keys, vals) {
            self.set_global(m, "errorcode", d);
        }
    }

    pub fn set_attr_str(&mut self, h: usize, name: &str, v: Value) {
        let sym = self.heap.intern(name);
        self.heap.inst_set(h, sym, v);
    }

    /// A raised OSError (the subclass for `errno`) with its attributes.
    pub fn os_error(&mut self, errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
        let cls = self.errno_class(errno as i64);
        let inst = self.heap.new_instance(cls);
        let msg = self.heap.str_from(strerror(errno).as_str());
        let t = self.heap.alloc(Object::Tuple(vec![Value::Int(errno as i64), msg.clone()]));
        if let Some(st) = self.heap.exc_state_mut(&inst) {
            st.args = t;
        }
        let h = match &inst {
            Value::Ref(h) => *h,
            _ => 0,
        };
        self.set_attr_str(h, "errno", Value::Int(errno as i64));
        self.set_attr_str(h, "strerror", msg);
        self.set_attr_str(h, "filename", filename.unwrap_or(Value::None));
        self.set_attr_str(h, "filename2", filename2.unwrap_or(Value::None));
        self.set_context(&inst);
        exc_err(inst, false)
    }

    pub fn io_error_v(&mut self, e: &std::io::Error, f: Option<Value>, f2: Option<Value>) -> PyErr {
        match e.raw_os_error() {
            Some(n) => self.os_error(n, f, f2),
            None => crate::objects::err(ExcKind::ValueError, format!("{}", e).as_str()),
        }
    }

    /// `OSError(errno, strerror)` called from Python becomes the errno's
    /// subclass, as CPython's `OSError.__new__` does.
    pub fn os_error_class(&self, cls: usize, args: &Vec<Value>) -> usize {
        if cls != self.heap.exc_class(ExcKind::OSError) || args.len() < 2 || args.len() > 5 {
            return cls;
        }
        match &args[0] {
            Value::Int(n) => self.errno_class(*n),
            _ => cls,
        }
    }

    /// Attributes of a new OSError instance made from Python (`args` as
    /// passed): with 2 to 5 arguments, `(errno, strerror, filename,
    /// winerror, filename2)`, and `args` keeps the first two.
    pub fn os_error_init(&mut self, inst: &Value, args: &Vec<Value>) {
        let cls = self.heap.class_of(inst);
        if !self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::OSError)) {
            return;
        }
        let h = match inst {
            Value::Ref(h) => *h,
            _ => return,
        };
        let full = args.len() >= 2 && args.len() <= 5;
        let names = ["errno", "strerror", "filename", "", "filename2"];
        for i in 0..5 {
            if i == 3 {
                continue;
            }
            let v = if full && i < args.len() { args[i].clone() } else { Value::None };
            self.set_attr_str(h, names[i], v);
        }
        if full && args.len() > 2 {
            let t = self.heap.alloc(Object::Tuple(vec![args[0].clone(), args[1].clone()]));
            if let Some(st) = self.heap.exc_state_mut(inst) {
                st.args = t;
            }
        }
    }

    /// `OSError.__str__`, or None when the instance has no errno/strerror.
    pub fn os_error_str(&mut self, v: &Value) -> Result<Option<String>, PyErr> {
        let cls = self.heap.class_of(v);
        if !self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::OSError)) {
            return Ok(None);
        }
        let h = match v {
            Value::Ref(h) => *h,
            _ => return Ok(None),
        };
        let mut vals = Vec::new();
        for n in ["errno", "strerror", "filename", "filename2"] {
            let sym = self.heap.intern(n);
            vals.push(self.heap.inst_get(h, sym).unwrap_or(Value::None));
        }
        if !is_none(&vals[2]) {
            let e = self.v_str(&vals[0])?;
            let s = self.v_str(&vals[1])?;
            let f = self.v_repr(&vals[2])?;
            if !is_none(&vals[3]) {
                let f2 = self.v_repr(&vals[3])?;
                return Ok(Some(format!("[Errno {}] {}: {} -> {}", e, s, f, f2)));
            }
            return Ok(Some(format!("[Errno {}] {}: {}", e, s, f)));
        }
        if !is_none(&vals[0]) && !is_none(&vals[1]) {
            let e = self.v_str(&vals[0])?;
            let s = self.v_str(&vals[1])?;
            return Ok(Some(format!("[Errno {}] {}", e, s)));
        }
        Ok(None)
    }
}

fn is_none(v: &Value) -> bool {
    match v {
        Value::None => true,
        _ => false,
    }
}
