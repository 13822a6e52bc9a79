//! Stage 4: the virtual machine.  Executes a `Program` with ONE dispatch
//! loop (`execute`) over the current frame's code object and program
//! counter -- the shape a tracing JIT hooks into later.
//!
//! Invariants:
//! - Python calls never recurse in Rust: `Call` pushes a `Frame` and the
//!   loop continues in the callee; `Return` pops it and pushes the result
//!   onto the caller's stack.  Rust stack depth is independent of Python
//!   recursion depth (limit: 1000 frames, like CPython).
//! - `pc` is incremented before an op executes, so on error `pc - 1` is the
//!   failing instruction of the innermost frame and of every caller (their
//!   `Call`), which is what tracebacks print.
//! - Frames are only popped by `Return`, so when `execute` returns an error
//!   the frame stack is intact and describes the traceback.
//! - All Python objects live in `heap` (see objects.rs; no GC yet).

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::builtins::{builtin_lookup, dict_set};
use crate::bytecode::{Const, Loc, Op, Program};
use crate::format::format_value;
use crate::methods::{call_method, has_method, no_attribute};
use crate::suggestions::builtin_names;
use crate::objects::{err, type_error, ExcKind, FunctionObj, Heap, Object, PyErr, Value};
use crate::ops::{binary_op, compare, unary_op};
use crate::subscript::{del_item, get_item, set_item};

pub const RECURSION_LIMIT: usize = 1000;

pub struct Frame {
    pub code: usize,
    pub pc: usize,
    pub locals: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    /// pcs of the `CompEnter` ops of the list comprehensions currently
    /// running in this frame (innermost last).
    pub comps: Vec<usize>,
}

/// One line of a traceback: function name and instruction location.
pub struct TraceEntry {
    pub name: String,
    pub loc: Loc,
}

pub struct Vm {
    pub program: Program,
    pub heap: Heap,
    pub globals: Vec<Option<Value>>,
    /// Global indices in dict insertion order (for NameError suggestions).
    pub global_order: Vec<usize>,
    /// Builtin id for each global name, if it names a builtin.
    pub builtin_ids: Vec<Option<usize>>,
    /// True if the global name is a CPython builtin Pyrite lacks.
    pub missing_builtin: Vec<bool>,
    /// Constants of each code object, materialised as values.
    pub consts: Vec<Vec<Value>>,
    pub frames: Vec<Frame>,
    /// Popped frames kept for reuse, so steady-state calls allocate nothing
    /// (matters while the translated runtime never frees memory).
    pub free_frames: Vec<Frame>,
    /// Buffered stdout.
    pub out: String,
}

impl Vm {
    pub fn new(program: Program) -> Vm {
        let mut heap = Heap::new();
        let mut consts = Vec::new();
        for code in program.codes.iter() {
            let mut cs = Vec::new();
            for c in code.consts.iter() {
                let v = match c {
                    Const::None => Value::None,
                    Const::Bool(b) => Value::Bool(*b),
                    Const::Int(i) => Value::Int(*i),
                    Const::Float(f) => Value::Float(*f),
                    Const::Str(s) => heap.str_from(s.as_str()),
                };
                cs.push(v);
            }
            consts.push(cs);
        }
        let mut globals = Vec::new();
        let mut builtin_ids = Vec::new();
        let mut missing_builtin = Vec::new();
        let cpython_builtins = builtin_names();
        for name in program.global_names.iter() {
            if name.as_str() == "__name__" {
                globals.push(Some(heap.str_from("__main__")));
            } else {
                globals.push(None);
            }
            let id = builtin_lookup(name.as_str());
            let mut missing = false;
            if id.is_none() {
                for b in cpython_builtins.iter() {
                    if b == name {
                        missing = true;
                    }
                }
            }
            builtin_ids.push(id);
            missing_builtin.push(missing);
        }
        Vm { program: program, heap: heap, globals: globals, global_order: Vec::new(), builtin_ids: builtin_ids, missing_builtin: missing_builtin, consts: consts, frames: Vec::new(), free_frames: Vec::new(), out: String::new() }
    }

    pub fn flush(&mut self) {
        if self.out.len() > 0 {
            print!("{}", self.out);
            self.out = String::new();
        }
    }

    /// Runs the main code object.  On an uncaught exception returns it
    /// together with the traceback entries (outermost first).
    pub fn run(&mut self) -> Result<(), (PyErr, Vec<TraceEntry>)> {
        let main = self.program.main;
        let n = self.program.codes[main].local_names.len();
        self.frames.push(Frame { code: main, pc: 0, locals: vec![None; n], stack: Vec::new(), comps: Vec::new() });
        let r = self.execute();
        self.flush();
        match r {
            Ok(()) => Ok(()),
            Err(e) => Err((e, self.traceback())),
        }
    }

    pub fn traceback(&self) -> Vec<TraceEntry> {
        let mut out = Vec::new();
        for f in self.frames.iter() {
            let code = &self.program.codes[f.code];
            let mut name = code.name.clone();
            for p in f.comps.iter() {
                out.push(TraceEntry { name: name, loc: code.locs[*p].clone() });
                name = match code.ops[*p] {
                    Op::CompEnter(1) => "<genexpr>".to_string(),
                    _ => "<listcomp>".to_string(),
                };
            }
            let pc = if f.pc > 0 { f.pc - 1 } else { 0 };
            out.push(TraceEntry { name: name, loc: code.locs[pc].clone() });
        }
        out
    }

    /// If `callee` is a Python function taking exactly `argc` positional
    /// parameters: (its code index, its number of locals).
    pub fn exact_function(&self, callee: &Value, argc: usize) -> Option<(usize, usize)> {
        if let Value::Ref(h) = callee {
            if let Object::Function(f) = &self.heap.objs[*h] {
                let code = &self.program.codes[f.code];
                if code.argcount == argc {
                    return Some((f.code, code.local_names.len()));
                }
            }
        }
        None
    }

    /// An empty frame for code object `code`, reusing a pooled one if any.
    pub fn new_frame(&mut self, code: usize) -> Frame {
        match self.free_frames.pop() {
            Some(mut f) => {
                f.code = code;
                f.pc = 0;
                f.locals.clear();
                f.stack.clear();
                f.comps.clear();
                f
            }
            None => Frame { code: code, pc: 0, locals: Vec::new(), stack: Vec::new(), comps: Vec::new() },
        }
    }

    pub fn pop(&mut self, fi: usize) -> Value {
        match self.frames[fi].stack.pop() {
            Some(v) => v,
            None => panic!("value stack underflow"),
        }
    }

    pub fn push(&mut self, fi: usize, v: Value) {
        self.frames[fi].stack.push(v);
    }

    /// Pops the top `n` values, returning them in push order.
    pub fn pop_n(&mut self, fi: usize, n: usize) -> Vec<Value> {
        let len = self.frames[fi].stack.len();
        let mut out = Vec::new();
        for k in (len - n)..len {
            out.push(self.frames[fi].stack[k].clone());
        }
        self.frames[fi].stack.truncate(len - n);
        out
    }

    pub fn execute(&mut self) -> Result<(), PyErr> {
        loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code;
            let pc = self.frames[fi].pc;
            self.frames[fi].pc = pc + 1;
            let op = self.program.codes[code].ops[pc].clone();
            match op {
                Op::LoadConst(i) => {
                    let v = self.consts[code][i].clone();
                    self.push(fi, v);
                }
                Op::LoadFast(i) => {
                    let v = match &self.frames[fi].locals[i] {
                        Some(v) => v.clone(),
                        None => {
                            let name = self.program.codes[code].local_names[i].clone();
                            return Err(err(
                                ExcKind::UnboundLocalError,
                                format!("cannot access local variable '{}' where it is not associated with a value", name).as_str(),
                            ));
                        }
                    };
                    self.push(fi, v);
                }
                Op::StoreFast(i) => {
                    let v = self.pop(fi);
                    self.frames[fi].locals[i] = Some(v);
                }
                Op::DeleteFast(i) => {
                    if self.frames[fi].locals[i].is_none() {
                        let name = self.program.codes[code].local_names[i].clone();
                        return Err(err(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{}' where it is not associated with a value", name).as_str(),
                        ));
                    }
                    self.frames[fi].locals[i] = None;
                }
                Op::LoadGlobal(i) => {
                    let v = match &self.globals[i] {
                        Some(v) => v.clone(),
                        None => match self.builtin_ids[i] {
                            Some(b) => Value::Builtin(b),
                            None => return Err(self.name_error(code, i)),
                        },
                    };
                    self.push(fi, v);
                }
                Op::StoreGlobal(i) => {
                    let v = self.pop(fi);
                    if self.globals[i].is_none() {
                        self.global_order.push(i);
                    }
                    self.globals[i] = Some(v);
                }
                Op::DeleteGlobal(i) => {
                    if self.globals[i].is_none() {
                        return Err(self.name_error(code, i));
                    }
                    self.globals[i] = None;
                    for k in 0..self.global_order.len() {
                        if self.global_order[k] == i {
                            self.global_order.remove(k);
                            break;
                        }
                    }
                }
                Op::LoadAttr(n) => {
                    let obj = self.pop(fi);
                    let name = self.program.codes[code].names[n].clone();
                    if !has_method(&self.heap, &obj, name.as_str()) {
                        return Err(no_attribute(&self.heap, &obj, name.as_str()));
                    }
                    let m = self.heap.alloc(Object::BoundMethod(obj, name));
                    self.push(fi, m);
                }
                Op::StoreAttr(n) => {
                    let obj = self.pop(fi);
                    let name = self.program.codes[code].names[n].clone();
                    if has_method(&self.heap, &obj, name.as_str()) {
                        return Err(err(
                            ExcKind::AttributeError,
                            format!("'{}' object attribute '{}' is read-only", self.heap.type_name(&obj), name).as_str(),
                        ));
                    }
                    return Err(no_attribute(&self.heap, &obj, name.as_str()));
                }
                Op::LoadMethod(n) => {
                    let len = self.frames[fi].stack.len();
                    let name = self.program.codes[code].names[n].clone();
                    let ok = has_method(&self.heap, &self.frames[fi].stack[len - 1], name.as_str());
                    if !ok {
                        return Err(no_attribute(&self.heap, &self.frames[fi].stack[len - 1], name.as_str()));
                    }
                }
                Op::CallMethod(n, argc, kw) => {
                    let mut args = self.pop_n(fi, argc);
                    let recv = self.pop(fi);
                    let name = self.program.codes[code].names[n].clone();
                    let (kwnames, kwvalues) = self.split_kwargs(code, kw, &mut args);
                    let r = call_method(&mut self.heap, &recv, name.as_str(), &args, &kwnames, &kwvalues)?;
                    self.push(fi, r);
                }
                Op::Binary(bop, inplace) => {
                    let b = self.pop(fi);
                    let a = self.pop(fi);
                    // Fast path for the common small-int cases.
                    let fast = match (&a, &b, &bop) {
                        (Value::Int(x), Value::Int(y), BinOp::Add) => x.checked_add(*y),
                        (Value::Int(x), Value::Int(y), BinOp::Sub) => x.checked_sub(*y),
                        (Value::Int(x), Value::Int(y), BinOp::Mul) => x.checked_mul(*y),
                        _ => None,
                    };
                    let r = match fast {
                        Some(v) => Value::Int(v),
                        None => binary_op(&mut self.heap, &bop, &a, &b, inplace)?,
                    };
                    self.push(fi, r);
                }
                Op::Unary(uop) => {
                    let a = self.pop(fi);
                    let r = if uop == UnaryOp::Not { Value::Bool(!self.heap.truthy(&a)) } else { unary_op(&self.heap, &uop, &a)? };
                    self.push(fi, r);
                }
                Op::Compare(cop) => {
                    let b = self.pop(fi);
                    let a = self.pop(fi);
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => match cop {
                            CmpOp::Lt => Value::Bool(*x < *y),
                            CmpOp::LtE => Value::Bool(*x <= *y),
                            CmpOp::Gt => Value::Bool(*x > *y),
                            CmpOp::GtE => Value::Bool(*x >= *y),
                            CmpOp::Eq => Value::Bool(*x == *y),
                            CmpOp::NotEq => Value::Bool(*x != *y),
                            _ => compare(&self.heap, &cop, &a, &b)?,
                        },
                        _ => compare(&self.heap, &cop, &a, &b)?,
                    };
                    self.push(fi, r);
                }
                Op::Pop => {
                    self.pop(fi);
                }
                Op::Dup => {
                    let len = self.frames[fi].stack.len();
                    let v = self.frames[fi].stack[len - 1].clone();
                    self.push(fi, v);
                }
                Op::Dup2 => {
                    let len = self.frames[fi].stack.len();
                    let a = self.frames[fi].stack[len - 2].clone();
                    let b = self.frames[fi].stack[len - 1].clone();
                    self.push(fi, a);
                    self.push(fi, b);
                }
                Op::Rot2 => {
                    let b = self.pop(fi);
                    let a = self.pop(fi);
                    self.push(fi, b);
                    self.push(fi, a);
                }
                Op::Rot3 => {
                    let c = self.pop(fi);
                    let b = self.pop(fi);
                    let a = self.pop(fi);
                    self.push(fi, c);
                    self.push(fi, a);
                    self.push(fi, b);
                }
                Op::Jump(t) => self.frames[fi].pc = t,
                Op::PopJumpIfFalse(t) => {
                    let v = self.pop(fi);
                    if !self.heap.truthy(&v) {
                        self.frames[fi].pc = t;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = self.pop(fi);
                    if self.heap.truthy(&v) {
                        self.frames[fi].pc = t;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let len = self.frames[fi].stack.len();
                    if !self.heap.truthy(&self.frames[fi].stack[len - 1]) {
                        self.frames[fi].pc = t;
                    } else {
                        self.pop(fi);
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let len = self.frames[fi].stack.len();
                    if self.heap.truthy(&self.frames[fi].stack[len - 1]) {
                        self.frames[fi].pc = t;
                    } else {
                        self.pop(fi);
                    }
                }
                Op::GetIter => {
                    let v = self.pop(fi);
                    let it = self.heap.get_iter(&v)?;
                    self.push(fi, it);
                }
                Op::ForIter(t) => {
                    let len = self.frames[fi].stack.len();
                    let h = match &self.frames[fi].stack[len - 1] {
                        Value::Ref(h) => *h,
                        _ => panic!("ForIter on a non-iterator"),
                    };
                    match self.heap.iter_next(h) {
                        Some(v) => self.push(fi, v),
                        None => {
                            self.pop(fi);
                            self.frames[fi].pc = t;
                        }
                    }
                }
                Op::Call(argc) => {
                    let len = self.frames[fi].stack.len();
                    let fast = self.exact_function(&self.frames[fi].stack[len - argc - 1], argc);
                    if let Some((callee_code, nlocals)) = fast {
                        // Fast path: Python function, exact positional
                        // arity -- arguments move straight into the locals.
                        if self.frames.len() >= RECURSION_LIMIT {
                            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                        }
                        let mut frame = self.new_frame(callee_code);
                        for k in (len - argc)..len {
                            frame.locals.push(Some(self.frames[fi].stack[k].clone()));
                        }
                        while frame.locals.len() < nlocals {
                            frame.locals.push(None);
                        }
                        self.frames[fi].stack.truncate(len - argc - 1);
                        self.frames.push(frame);
                    } else {
                        let args = self.pop_n(fi, argc);
                        let callee = self.pop(fi);
                        self.call_value(fi, callee, args, Vec::new(), Vec::new())?;
                    }
                }
                Op::CallKw(argc, kwi) => {
                    let mut args = self.pop_n(fi, argc);
                    let callee = self.pop(fi);
                    let (kwnames, kwvalues) = self.split_kwargs(code, kwi + 1, &mut args);
                    self.call_value(fi, callee, args, kwnames, kwvalues)?;
                }
                Op::Return => {
                    let v = self.pop(fi);
                    match self.frames.pop() {
                        Some(f) => self.free_frames.push(f),
                        None => {}
                    }
                    if self.frames.is_empty() {
                        return Ok(());
                    }
                    let top = self.frames.len() - 1;
                    self.push(top, v);
                }
                Op::BuildList(n) => {
                    let items = self.pop_n(fi, n);
                    let v = self.heap.alloc(Object::List(items));
                    self.push(fi, v);
                }
                Op::BuildTuple(n) => {
                    let items = self.pop_n(fi, n);
                    let v = self.heap.alloc(Object::Tuple(items));
                    self.push(fi, v);
                }
                Op::BuildDict(n) => {
                    let items = self.pop_n(fi, 2 * n);
                    let mut keys = Vec::new();
                    let mut values = Vec::new();
                    for k in 0..n {
                        dict_set(&self.heap, &mut keys, &mut values, &items[2 * k], &items[2 * k + 1])?;
                    }
                    let v = self.heap.alloc(Object::Dict(keys, values));
                    self.push(fi, v);
                }
                Op::BuildSlice => {
                    let parts = self.pop_n(fi, 3);
                    let v = self.heap.alloc(Object::Slice(parts[0].clone(), parts[1].clone(), parts[2].clone()));
                    self.push(fi, v);
                }
                Op::BuildString(n) => {
                    let parts = self.pop_n(fi, n);
                    let mut out: Vec<char> = Vec::new();
                    for p in parts.iter() {
                        if let Some(Object::Str(cs)) = self.heap.get(p) {
                            for c in cs.iter() {
                                out.push(*c);
                            }
                        }
                    }
                    let v = self.heap.new_str(out);
                    self.push(fi, v);
                }
                Op::FormatValue(conv, spec) => {
                    let v = self.pop(fi);
                    let v = if conv == 'r' {
                        let r = self.heap.repr(&v);
                        self.heap.str_from(r.as_str())
                    } else {
                        v
                    };
                    let spec_s = self.heap.to_str(&self.consts[code][spec]);
                    let s = format_value(&self.heap, &v, spec_s.as_str())?;
                    let r = self.heap.str_from(s.as_str());
                    self.push(fi, r);
                }
                Op::Subscr => {
                    let idx = self.pop(fi);
                    let obj = self.pop(fi);
                    let r = get_item(&mut self.heap, &obj, &idx)?;
                    self.push(fi, r);
                }
                Op::StoreSubscr => {
                    let idx = self.pop(fi);
                    let obj = self.pop(fi);
                    let v = self.pop(fi);
                    set_item(&mut self.heap, &obj, &idx, &v)?;
                }
                Op::DeleteSubscr => {
                    let idx = self.pop(fi);
                    let obj = self.pop(fi);
                    del_item(&mut self.heap, &obj, &idx)?;
                }
                Op::UnpackSequence(n) => {
                    let seq = self.pop(fi);
                    let items = match self.heap.collect(&seq) {
                        Ok(items) => items,
                        Err(_) => {
                            return Err(type_error(
                                format!("cannot unpack non-iterable {} object", self.heap.type_name(&seq)).as_str(),
                            ))
                        }
                    };
                    if items.len() > n {
                        return Err(err(ExcKind::ValueError, format!("too many values to unpack (expected {})", n).as_str()));
                    }
                    if items.len() < n {
                        return Err(err(
                            ExcKind::ValueError,
                            format!("not enough values to unpack (expected {}, got {})", n, items.len()).as_str(),
                        ));
                    }
                    let mut k = n;
                    while k > 0 {
                        k -= 1;
                        self.push(fi, items[k].clone());
                    }
                }
                Op::MakeFunction(c, nd) => {
                    let defaults = self.pop_n(fi, nd);
                    let name = self.program.codes[c].name.clone();
                    let f = self.heap.alloc(Object::Function(FunctionObj { name: name, code: c, defaults: defaults }));
                    self.push(fi, f);
                }
                Op::ListAppend(depth) => {
                    let v = self.pop(fi);
                    let len = self.frames[fi].stack.len();
                    if let Value::Ref(h) = &self.frames[fi].stack[len - depth] {
                        let h = *h;
                        if let Object::List(l) = &mut self.heap.objs[h] {
                            l.push(v);
                        }
                    }
                }
                Op::CompEnter(_) => self.frames[fi].comps.push(pc),
                Op::CompExit => {
                    self.frames[fi].comps.pop();
                }
                Op::RaiseAssert(has_msg) => {
                    if has_msg {
                        let v = self.pop(fi);
                        let msg = self.heap.to_str(&v);
                        return Err(err(ExcKind::AssertionError, msg.as_str()));
                    }
                    return Err(err(ExcKind::AssertionError, ""));
                }
            }
        }
    }

}
