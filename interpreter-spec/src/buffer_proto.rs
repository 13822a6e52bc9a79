//! Pyrite's buffer protocol on the native side: a memoryview (lib/_memview.py)
//! or an object with `__buffer__` stands for its bytes where CPython's C
//! functions take any bytes-like object (bytes/bytearray operations, binary
//! writes, struct, binascii, int.from_bytes), and struct.pack_into writes
//! through a writable view.
//!
//! Invariant: only Python-level exporters reach here; bytes and bytearray
//! are handled by the callers' native paths first.

use crate::objects::{type_error, Object, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    /// Whether `src` is a memoryview or an object with `__buffer__`.
    pub fn buffer_exporter(&mut self, src: &Value) -> bool {
        let s_bytes = self.heap.intern("__bytes__");
        let s_buffer = self.heap.intern("__buffer__");
        self.user_method(src, s_buffer).is_some() || self.user_method(src, s_bytes).is_some() && self.heap.type_name(src) == "memoryview"
    }

    /// The bytes of a buffer exporter that is not bytes or bytearray: a
    /// memoryview or an object with `__buffer__` (lib/_memview.py), as a
    /// bytes value; None for any other object.
    pub fn buffer_bytes(&mut self, src: &Value) -> Result<Option<Value>, PyErr> {
        if !self.buffer_exporter(src) {
            return Ok(None);
        }
        let mv = self.import_dotted("_memview")?;
        let s_mv = self.heap.intern("memoryview");
        let cls = self.get_attr(&mv, s_mv)?;
        let view = self.call1(&cls, vec![src.clone()])?;
        let s_tb = self.heap.intern("tobytes");
        let tb = self.get_attr(&view, s_tb)?;
        Ok(Some(self.call1(&tb, Vec::new())?))
    }

    /// pack_into's target when it is a writable memoryview (or another
    /// buffer exporter): writes `out` at byte `off` through a byte cast.
    pub fn struct_pack_into_view(&mut self, f: &crate::struct_mod::Fmt, args: &Vec<Value>) -> Result<Value, PyErr> {
        let target = args[1].clone();
        let view = {
            let mv = self.import_dotted("_memview")?;
            let s_mv = self.heap.intern("memoryview");
            let cls = self.get_attr(&mv, s_mv)?;
            self.call1(&cls, vec![target.clone()])?
        };
        let s_ro = self.heap.intern("readonly");
        let ro = self.get_attr(&view, s_ro)?;
        if self.heap.truthy(&ro) {
            return Err(type_error(
                format!("argument must be read-write bytes-like object, not {}", self.heap.type_name(&target)).as_str(),
            ));
        }
        let s_cast = self.heap.intern("cast");
        let cast = self.get_attr(&view, s_cast)?;
        let b_fmt = self.heap.str_from("B");
        let bytes_view = self.call1(&cast, vec![b_fmt])?;
        let buflen = self.v_len(&bytes_view)? as usize;
        let off = self.struct_offset(&args[2], buflen, f.size, true)?;
        let mut out = Vec::new();
        self.struct_pack_items(f, &args[3..], &mut out)?;
        let n = out.len();
        let data = self.heap.alloc(Object::Bytes(out));
        let sl = self.heap.alloc(Object::Slice(vec![Value::Int(off as i64), Value::Int((off + n) as i64), Value::None]));
        self.store_subscr(&bytes_view, &sl, data)?;
        Ok(Value::None)
    }
}
