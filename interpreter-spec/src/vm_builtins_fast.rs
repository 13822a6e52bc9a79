//! Fast paths taken before two general dispatches, which test each builtin family in turn
//! (and copy the arguments) before reaching the common cases:
//! - the builtins that programs call in their loops (`len`, `ord`, `chr`, `range`, `int`
//!   of an int or float), before `Vm::call_builtin_general`;
//! - the list, set, dict and str methods they call most, before `call_method_plain`.
//!
//! Each fast case handles only plain arguments whose result it can compute here and
//! returns None otherwise, leaving every error, subclass and hook to the general path.

use crate::builtins::B_LEN;
use crate::objects::{Object, PyErr, Value};
use crate::vm::Vm;

const B_INT: usize = 3;
const B_RANGE: usize = 6;
const B_CHR: usize = 15;
const B_ORD: usize = 16;

impl Vm {
    /// The result of builtin `id` on positional `args`, or None when the general path must
    /// decide (wrong arity, an unusual argument, an error to report).
    pub fn call_builtin_fast(&mut self, id: usize, args: &Vec<Value>) -> Option<Result<Value, PyErr>> {
        match (id, args.len()) {
            (B_LEN, 1) => Some(self.v_len(&args[0]).map(Value::Int)),
            (B_ORD, 1) => match self.heap.get(&args[0]) {
                Some(Object::Str(cs)) if cs.len() == 1 => Some(Ok(Value::Int(cs[0] as u32 as i64))),
                _ => None,
            },
            (B_CHR, 1) => match &args[0] {
                Value::Int(i) if *i >= 0 && *i < 0xd800 => {
                    let c = crate::lexer::char_from_code(*i as u32)?;
                    Some(Ok(self.heap.char_str(c)))
                }
                _ => None,
            },
            (B_RANGE, 1) => match &args[0] {
                Value::Int(n) => Some(Ok(self.heap.alloc(Object::Range(0, *n, 1)))),
                _ => None,
            },
            (B_RANGE, 2) => match (&args[0], &args[1]) {
                (Value::Int(a), Value::Int(b)) => Some(Ok(self.heap.alloc(Object::Range(*a, *b, 1)))),
                _ => None,
            },
            (B_INT, 1) => match &args[0] {
                Value::Int(_) => Some(Ok(args[0].clone())),
                Value::Float(f) if f.abs() < 9.0e18 => Some(Ok(Value::Int(f.trunc() as i64))),
                _ => None,
            },
            _ => None,
        }
    }
}

/// A method call `call_method` can finish without `call_method_plain`.
pub enum Shortcut {
    None,
    /// Straight to the builtin types' method table (`methods::call_method`), which is
    /// where `call_method_plain` ends for these calls too: `list.append(x)`,
    /// `list.pop()`, `dict.get(key[, default])` with a key whose hash and equality need no
    /// Python code, and the methods of an exact str that need nothing from the VM.
    MethodTable,
    /// `add`/`discard`/`remove` of one item, on the set at this handle.
    SetMethod(usize),
}

impl Vm {
    /// Which `Shortcut` applies to `recv.name(*args)`.
    pub fn method_shortcut(&self, recv: &Value, name: &str, args: &Vec<Value>) -> Shortcut {
        let argc = args.len();
        let h = match recv {
            Value::Ref(h) => *h,
            _ => return Shortcut::None,
        };
        match &self.heap.objs[h] {
            Object::List(_) if (argc == 1 && name == "append") || (argc == 0 && name == "pop") => Shortcut::MethodTable,
            Object::Set(_) if argc == 1 && (name == "add" || name == "discard" || name == "remove") => Shortcut::SetMethod(h),
            Object::Str(_) if !name.starts_with('_') && !needs_vm_str_method(name) => Shortcut::MethodTable,
            Object::Dict(_) if (argc == 1 || argc == 2) && name == "get" && !self.dict_key_needs_vm(h, &args[0]) => Shortcut::MethodTable,
            _ => Shortcut::None,
        }
    }
}

/// The str methods `call_method_plain` prepares or finishes itself: `join` and `format`
/// evaluate lazy and instance arguments, `format_map` and `format` call back into Python,
/// `encode` falls back to Python codecs.
fn needs_vm_str_method(name: &str) -> bool {
    name == "join" || name == "format" || name == "format_map" || name == "encode"
}
