//! UnicodeEncodeError/UnicodeDecodeError made from Python with CPython's
//! five arguments `(encoding, object, start, end, reason)`: the attributes
//! of those names, and `__str__` built from them as CPython does.
//! (Errors raised by the built-in codecs get the same attributes from
//! their message instead: vm_exc.rs.)

use crate::objects::{ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    fn unicode_error_kind(&self, inst: &Value) -> u8 {
        let cls = self.heap.class_of(inst);
        if self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::UnicodeEncodeError)) {
            return 1;
        }
        if self.heap.is_subclass(cls, self.heap.exc_class(ExcKind::UnicodeDecodeError)) {
            return 2;
        }
        0
    }

    /// Sets the attributes of a new instance made from Python.
    pub fn unicode_error_init(&mut self, inst: &Value, args: &Vec<Value>) {
        if args.len() != 5 || self.unicode_error_kind(inst) == 0 {
            return;
        }
        let h = match inst {
            Value::Ref(h) => *h,
            _ => return,
        };
        let names = ["encoding", "object", "start", "end", "reason"];
        for i in 0..5 {
            self.set_attr_str(h, names[i], args[i].clone());
        }
    }

    /// `str()` of such an instance, or None.
    pub fn unicode_error_str(&mut self, v: &Value) -> Result<Option<String>, PyErr> {
        let kind = self.unicode_error_kind(v);
        if kind == 0 {
            return Ok(None);
        }
        let args = match self.heap.exc_state(v) {
            Some(st) => crate::ops::items_of(&self.heap, &st.args),
            None => return Ok(None),
        };
        if args.len() != 5 {
            return Ok(None);
        }
        let h = match v {
            Value::Ref(h) => *h,
            _ => return Ok(None),
        };
        let mut vals = Vec::new();
        for n in ["encoding", "object", "start", "end", "reason"] {
            let sym = self.heap.intern(n);
            vals.push(self.heap.inst_get(h, sym).unwrap_or(Value::None));
        }
        let enc = self.v_str(&vals[0])?;
        let reason = self.v_str(&vals[4])?;
        let (start, end) = match (&vals[2], &vals[3]) {
            (Value::Int(a), Value::Int(b)) => (*a, *b),
            _ => return Ok(None),
        };
        if end == start + 1 && start >= 0 {
            if kind == 1 {
                if let Some(cs) = self.heap.str_chars(&vals[1]) {
                    if (start as usize) < cs.len() {
                        let c = cs[start as usize] as u32;
                        let esc = if c < 0x100 { format!("\\x{:02x}", c) } else if c < 0x10000 { format!("\\u{:04x}", c) } else { format!("\\U{:08x}", c) };
                        return Ok(Some(format!("'{}' codec can't encode character '{}' in position {}: {}", enc, esc, start, reason)));
                    }
                }
            } else if let Some(Object::Bytes(b)) = self.heap.get(&vals[1]) {
                if (start as usize) < b.len() {
                    return Ok(Some(format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, b[start as usize], start, reason)));
                }
            }
        }
        let what = if kind == 1 { "encode characters" } else { "decode bytes" };
        Ok(Some(format!("'{}' codec can't {} in position {}-{}: {}", enc, what, start, end - 1, reason)))
    }
}
