//! The `os.path` functions that need the VM (stage 4): argument checks,
//! the predicates and getters that stat, `abspath`/`realpath`/`relpath`
//! against the working directory; the string work is in os_path.rs.
//!
//! Invariants: the predicates (`exists`, `isdir`, ...) never raise for a
//! bad path, they answer False; the getters raise the errno's OSError.

use crate::objects::{err, type_error, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    pub fn call_os_path(&mut self, short: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
        match short {
            "join" => {
                if args.is_empty() {
                    return Err(type_error("join() missing 1 required positional argument: 'a'"));
                }
                let mut parts = Vec::new();
                for a in args.iter() {
                    if !self.heap.is_str(a) {
                        return Err(type_error(
                            format!("join() argument must be str, bytes, or os.PathLike object, not '{}'", self.heap.type_name(a)).as_str(),
                        ));
                    }
                    parts.push(self.heap.to_str(a));
                }
                let s = crate::os_path::join(&parts);
                Ok(self.heap.str_from(s.as_str()))
            }
            "exists" | "isdir" | "isfile" | "islink" | "lexists" => {
                crate::builtins::arg_count(short, args, 1, 1)?;
                let k = self.path_kind(&args[0], short != "islink" && short != "lexists");
                let r = match short {
                    "exists" | "lexists" => k != 0,
                    "isdir" => k == 2,
                    "isfile" => k == 1,
                    _ => k == 4,
                };
                Ok(Value::Bool(r))
            }
            "samefile" => {
                crate::builtins::arg_count(short, args, 2, 2)?;
                let a = self.os_stat(&vec![args[0].clone()], true)?;
                let b = self.os_stat(&vec![args[1].clone()], true)?;
                let mut same = true;
                for k in ["st_ino", "st_dev"] {
                    let sym = self.heap.intern(k);
                    let x = self.stat_field(&a, sym);
                    let y = self.stat_field(&b, sym);
                    if !self.heap.eq(&x, &y) {
                        same = false;
                    }
                }
                Ok(Value::Bool(same))
            }
            "getsize" | "getmtime" | "getatime" | "getctime" => {
                let st = self.os_stat(args, true)?;
                let field = match short {
                    "getsize" => "st_size",
                    "getmtime" => "st_mtime",
                    "getatime" => "st_atime",
                    _ => "st_ctime",
                };
                let sym = self.heap.intern(field);
                let h = match &st {
                    Value::Ref(h) => *h,
                    _ => 0,
                };
                Ok(self.heap.inst_get(h, sym).unwrap_or(Value::None))
            }
            "commonprefix" => {
                crate::builtins::arg_count(short, args, 1, 1)?;
                let items = self.collect(&args[0])?;
                let mut cs = Vec::new();
                for it in items.iter() {
                    match self.heap.str_chars(it) {
                        Some(c) => cs.push(c),
                        None => return Err(type_error("commonprefix() argument must be a list of str")),
                    }
                }
                let r = crate::os_path::commonprefix(&cs);
                Ok(self.heap.new_str(r))
            }
            "commonpath" => {
                crate::builtins::arg_count(short, args, 1, 1)?;
                let items = self.collect(&args[0])?;
                let mut paths = Vec::new();
                for it in items.iter() {
                    if !self.heap.is_str(it) {
                        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", self.heap.type_name(it)).as_str()));
                    }
                    paths.push(self.heap.to_str(it));
                }
                let r = crate::os_path::commonpath(&paths).map_err(|m| err(crate::objects::ExcKind::ValueError, m))?;
                Ok(self.heap.str_from(r.as_str()))
            }
            _ => {
                let (lo, hi) = if short == "relpath" { (1, 2) } else { (1, 1) };
                crate::builtins::arg_count(short, args, lo, hi)?;
                if !self.heap.is_str(&args[0]) {
                    return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", self.heap.type_name(&args[0])).as_str()));
                }
                let p = self.heap.to_str(&args[0]);
                let out = match short {
                    "split" => {
                        let (a, b) = crate::os_path::split(p.as_str());
                        return Ok(self.str_pair(a, b));
                    }
                    "splitext" => {
                        let (a, b) = crate::os_path::splitext(p.as_str());
                        return Ok(self.str_pair(a, b));
                    }
                    "isabs" => return Ok(Value::Bool(crate::os_path::isabs(p.as_str()))),
                    // POSIX paths are case-sensitive: normcase leaves them alone.
                    "normcase" => p.clone(),
                    "basename" => crate::os_path::basename(p.as_str()),
                    "dirname" => crate::os_path::dirname(p.as_str()),
                    "normpath" => crate::os_path::normpath(p.as_str()),
                    "expanduser" => crate::os_path::expanduser(p.as_str(), std::env::var("HOME").ok()),
                    "abspath" => self.abspath(p.as_str())?,
                    "realpath" => {
                        let a = self.abspath(p.as_str())?;
                        realpath(a.as_str())
                    }
                    _ => {
                        if p.is_empty() {
                            return Err(err(crate::objects::ExcKind::ValueError, "no path specified"));
                        }
                        let start = if args.len() > 1 {
                            if !self.heap.is_str(&args[1]) {
                                return Err(type_error("relpath() start must be str"));
                            }
                            self.heap.to_str(&args[1])
                        } else {
                            ".".to_string()
                        };
                        let a = self.abspath(p.as_str())?;
                        let b = self.abspath(start.as_str())?;
                        crate::os_path::relpath(a.as_str(), b.as_str())
                    }
                };
                Ok(self.heap.str_from(out.as_str()))
            }
        }
    }
}

/// CPython's non-strict realpath of an absolute, normalised path: the
/// longest existing prefix resolved, the rest appended as it is.
fn realpath(p: &str) -> String {
    if let Ok(r) = std::fs::canonicalize(p) {
        return r.to_str().unwrap().to_string();
    }
    let (head, tail) = crate::os_path::split(p);
    if tail.is_empty() || head.is_empty() || head == p {
        return p.to_string();
    }
    let h = realpath(head.as_str());
    crate::os_path::join(&vec![h, tail])
}
