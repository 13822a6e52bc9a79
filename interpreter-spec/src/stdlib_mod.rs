//! Registration and dispatch of the data-oriented built-in modules:
//! `_struct` (struct_mod.rs), `binascii` (binascii_mod.rs) and `_random`
//! (random_mod.rs), and `_pyrite` (interpreter services for frozen
//! modules: `format_exception(exc, hide)` for `unittest`).  The frozen modules `struct`, `random`, `base64` and
//! `array` (lib/) are written in Python over them.
//!
//! Invariants:
//! - Their functions are `Value::Builtin` ids `STD_FIRST + index` in
//!   `names()`, whose entries are qualified ("_struct.pack"); dispatch is
//!   by that name, and `std_fn_name` is the part after the dot.
//! - A module's own exception class (`struct.error`, `binascii.Error`) is
//!   created with the module and kept in its globals; `module_error`
//!   instantiates it from there, so `except struct.error` matches it.

use crate::objects::{err, type_error, ExcKind, PyErr, Value};
use crate::vm::Vm;

pub const STD_FIRST: usize = 400;
pub const STD_END: usize = 500;

fn names() -> Vec<&'static str> {
    vec![
        "_struct.pack", "_struct.unpack", "_struct.calcsize", "_struct.pack_into", "_struct.unpack_from", "_struct.iter_unpack",
        "binascii.hexlify", "binascii.unhexlify", "binascii.b2a_hex", "binascii.a2b_hex", "binascii.b2a_base64",
        "binascii.a2b_base64", "binascii.crc32", "binascii.crc_hqx", "binascii.b2a_qp", "binascii.a2b_qp", "binascii.b2a_uu",
        "binascii.a2b_uu",
        "_random.seed_array", "_random.random", "_random.getrandbits", "_random.new_state",
        "_pyrite.format_exception", "_pyrite.copy_exc_meta", "_pyrite.same_exc_meta", "_pyrite.tb_entries", "_pyrite.format_tb", "_pyrite.live_line",
        "_pyrite.frame_locals", "_pyrite.hash", "_pyrite.inflate", "_pyrite.deflate",
        "_pyrite.adler32",
        "unicodedata.name", "unicodedata.lookup", "unicodedata.category", "unicodedata.bidirectional", "unicodedata.combining",
        "unicodedata.east_asian_width", "unicodedata.mirrored", "unicodedata.decomposition", "unicodedata.numeric",
        "unicodedata.digit", "unicodedata.decimal", "unicodedata.normalize", "unicodedata.is_normalized",
        "_pyrite.frozen_kind",
    ]
}

fn full_name(id: usize) -> &'static str {
    let n = names();
    if id >= STD_FIRST && id - STD_FIRST < n.len() {
        return n[id - STD_FIRST];
    }
    "?"
}

/// The `__name__` of function `id`.
pub fn std_fn_name(id: usize) -> &'static str {
    let f = full_name(id);
    match f.find('.') {
        Some(i) => &f[i + 1..],
        None => f,
    }
}

impl Vm {
    /// Creates `_struct`, `binascii` or `_random` if `name` is one of them.
    pub fn std_module(&mut self, name: &str) -> Option<Value> {
        match name {
            "_struct" | "binascii" | "_random" | "_pyrite" | "unicodedata" => {}
            _ => return None,
        }
        let m = self.new_module(name, "", "", "", false);
        let obj = self.modules[m].obj.clone();
        self.register_module(name, obj.clone());
        let prefix = format!("{}.", name);
        let n = names();
        for k in 0..n.len() {
            if let Some(rest) = n[k].strip_prefix(prefix.as_str()) {
                self.set_global(m, rest, Value::Builtin(STD_FIRST + k));
            }
        }
        if name == "_struct" {
            self.add_error_class(m, "error", "struct", ExcKind::Exception);
        }
        if name == "unicodedata" {
            let v = self.heap.str_from("14.0.0");
            self.set_global(m, "unidata_version", v);
        }
        if name == "binascii" {
            self.add_error_class(m, "Error", "binascii", ExcKind::ValueError);
            self.add_error_class(m, "Incomplete", "binascii", ExcKind::Exception);
        }
        Some(obj)
    }

    fn add_error_class(&mut self, m: usize, cname: &str, modname: &str, base: ExcKind) {
        let b = self.heap.exc_class(base);
        if let Ok(c) = self.heap.new_class(cname, cname, vec![b]) {
            let s = self.heap.str_from(modname);
            self.heap.class_set(c, crate::classes::S_MODULE, s);
            self.set_global(m, cname, Value::Ref(c));
        }
    }

    /// An instance of exception class `cname` of built-in module `module`.
    pub fn module_error(&mut self, module: &str, cname: &str, msg: &str) -> PyErr {
        let mv = match self.lookup_module(module) {
            Some(v) => v,
            None => return err(ExcKind::ValueError, msg),
        };
        let cls = match self.module_index(&mv) {
            Some(mi) => self.get_global(mi, cname),
            None => None,
        };
        let cls = match cls {
            Some(c) => c,
            None => return err(ExcKind::ValueError, msg),
        };
        let s = self.heap.str_from(msg);
        match self.call1(&cls, vec![s]) {
            Ok(inst) => crate::objects::exc_err(inst, false),
            Err(e) => e,
        }
    }

    pub fn call_std(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let full = full_name(id);
        if let Some(rest) = full.strip_prefix("_struct.") {
            if !kwnames.is_empty() && rest != "unpack_from" {
                return Err(type_error(format!("_struct.{}() takes no keyword arguments", rest).as_str()));
            }
            return self.call_struct(rest, args, kwnames, kwvalues);
        }
        if let Some(rest) = full.strip_prefix("binascii.") {
            return self.call_binascii(rest, args, kwnames, kwvalues);
        }
        if let Some(rest) = full.strip_prefix("unicodedata.") {
            return self.call_unicodedata(rest, args, kwnames);
        }
        if let Some(rest) = full.strip_prefix("_random.") {
            self.no_kw(rest, &kwnames)?;
            return self.call_random(rest, args);
        }
        if full == "_pyrite.format_exception" {
            self.no_kw("format_exception", &kwnames)?;
            crate::builtins::arg_count("format_exception", &args, 2, 2)?;
            if !self.heap.is_exception(&args[0]) || !self.heap.is_str(&args[1]) {
                return Err(type_error("format_exception(exc, hide): an exception and a str"));
            }
            let hide = self.heap.to_str(&args[1]);
            let text = self.format_exception_hiding(&args[0], hide.as_str());
            return Ok(self.heap.str_from(text.as_str()));
        }
        if full == "_pyrite.live_line" {
            crate::builtins::arg_count("live_line", &args, 1, 1)?;
            return match &args[0] {
                Value::Int(c) if *c >= 0 && (*c as usize) < self.program.codes.len() => Ok(Value::Int(self.live_line(*c as usize) as i64)),
                _ => Err(type_error("live_line(code): a code index")),
            };
        }
        if full == "_pyrite.frame_locals" {
            crate::builtins::arg_count("frame_locals", &args, 2, 2)?;
            return match (&args[0], &args[1]) {
                (Value::Int(k), Value::Int(c)) => self.live_frame_locals(*k, *c),
                _ => Err(type_error("frame_locals(index, code)")),
            };
        }
        if full == "_pyrite.hash" {
            crate::builtins::arg_count("hash", &args, 4, 4)?;
            let name = self.heap.to_str(&args[0]);
            let data = match crate::bytes::bytes_data(&self.heap, &args[1]) {
                Some(d) => d,
                None => return Err(type_error("hash(name, data, size, key): data must be bytes")),
            };
            let size = crate::builtins::int_arg(&self.heap, &args[2])? as usize;
            let key = crate::bytes::bytes_data(&self.heap, &args[3]).unwrap_or(Vec::new());
            return match crate::hash_mod::digest(name.as_str(), &data, size, &key) {
                Some(d) => Ok(self.heap.alloc(crate::objects::Object::Bytes(d))),
                None => Err(err(ExcKind::ValueError, format!("unsupported hash type {}", name).as_str())),
            };
        }
        if full == "_pyrite.inflate" || full == "_pyrite.deflate" || full == "_pyrite.adler32" {
            crate::builtins::arg_count(std_fn_name(id), &args, 2, 2)?;
            let data = match crate::bytes::bytes_data(&self.heap, &args[0]) {
                Some(d) => d,
                None => return Err(type_error(format!("a bytes-like object is required, not '{}'", self.heap.type_name(&args[0])).as_str())),
            };
            let n = crate::builtins::int_arg(&self.heap, &args[1])?;
            if full == "_pyrite.adler32" {
                return Ok(Value::Int(crate::zlib_mod::adler32(&data, n as u64 as u32) as i64));
            }
            if full == "_pyrite.deflate" {
                return Ok(self.heap.alloc(crate::objects::Object::Bytes(crate::zlib_mod::deflate(&data, n))));
            }
            let stop = if n < 0 { usize::MAX } else { n as usize };
            return match crate::zlib_mod::inflate(&data, stop) {
                Ok(r) => {
                    let b = self.heap.alloc(crate::objects::Object::Bytes(r.out));
                    Ok(self.heap.alloc(crate::objects::Object::Tuple(vec![b, Value::Int(r.used as i64), Value::Int(r.status as i64)])))
                }
                Err(m) => {
                    let s = self.heap.str_from(m.as_str());
                    Ok(self.heap.alloc(crate::objects::Object::Tuple(vec![s, Value::Int(0), Value::Int(-1)])))
                }
            };
        }
        if full == "_pyrite.frozen_kind" {
            // None: not frozen; False: a frozen module; True: a frozen package.
            crate::builtins::arg_count("frozen_kind", &args, 1, 1)?;
            let name = self.heap.to_str(&args[0]);
            return Ok(match crate::frozen::frozen_lookup(name.as_str()) {
                Some((_, is_pkg)) => Value::Bool(is_pkg),
                None => Value::None,
            });
        }
        if full == "_pyrite.tb_entries" {
            crate::builtins::arg_count("tb_entries", &args, 1, 1)?;
            return self.tb_entries(&args[0]);
        }
        if full == "_pyrite.format_tb" {
            crate::builtins::arg_count("format_tb", &args, 1, 1)?;
            return self.format_tb_list(&args[0]);
        }
        if full == "_pyrite.copy_exc_meta" || full == "_pyrite.same_exc_meta" {
            crate::builtins::arg_count(std_fn_name(id), &args, 2, 2)?;
            let a = match self.heap.exc_state(&args[0]) {
                Some(st) => (st.tb.clone(), st.cause.clone(), st.context.clone(), st.suppress_context),
                None => return Err(type_error("an exception is required")),
            };
            if full == "_pyrite.same_exc_meta" {
                let same = match self.heap.exc_state(&args[1]) {
                    Some(st) => {
                        let mut same = st.tb.len() == a.0.len() && crate::ops::is_same(&st.cause, &a.1) && crate::ops::is_same(&st.context, &a.2);
                        if same {
                            for k in 0..a.0.len() {
                                if st.tb[k].code != a.0[k].code || st.tb[k].pc != a.0[k].pc || st.tb[k].label != a.0[k].label {
                                    same = false;
                                }
                            }
                        }
                        same
                    }
                    None => false,
                };
                return Ok(Value::Bool(same));
            }
            if let Some(st) = self.heap.exc_state_mut(&args[1]) {
                st.tb = a.0;
                st.tb_obj = Value::None;
                st.cause = a.1;
                st.context = a.2;
                st.suppress_context = a.3;
            }
            return Ok(Value::None);
        }
        Err(type_error("unknown built-in module function"))
    }
}
