//! Stage 4: the virtual machine.  Executes a `Program` with ONE dispatch
//! loop (`run_frames`) over the current frame's code object and program
//! counter -- the shape a tracing JIT hooks into later.
//!
//! Invariants:
//! - Python-to-Python calls, constructor calls (`__init__`), class bodies
//!   and generator resumption by `for`/`next()` never recurse in Rust:
//!   they push a `Frame` whose `mode` says how its result is delivered
//!   when it returns or yields.  Only builtins that call back into Python
//!   (dunder methods, `key=` functions, ...) re-enter, through
//!   `call_sync`/`execute`, which run until the frame they pushed (mode
//!   `MODE_SYNC`) finishes.  Limit: 1000 frames, like CPython.
//! - `pc` is incremented before an op executes, so on error `pc - 1` is the
//!   failing instruction of the innermost frame and of every caller (their
//!   call op), which is what tracebacks print.
//! - Exceptions unwind frame by frame (`unwind`, vm_exc.rs): each frame
//!   they leave adds its traceback entry to the exception; a frame's try
//!   blocks (`Frame::blocks`) catch them.  The exception currently being
//!   handled is `exc_info` (implicit chaining, bare `raise`).
//! - All Python objects live in `heap` (see objects.rs), collected by
//!   arena_gc.rs at the top of the outermost dispatch loop.

use crate::builtins::builtin_lookup;
use std::io::Write;
use crate::bytecode::{Const, Op, Program};
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value, GEN_FINISHED};
use crate::suggestions::builtin_names;

pub const RECURSION_LIMIT: usize = 1000;
/// Nesting limit for `execute` (builtins calling back into Python): each
/// level costs tens of KB of native stack in the translated binary, so
/// deeper re-entry raises RecursionError instead of overflowing it.
pub const SYNC_LIMIT: usize = 150;

/// How a frame delivers its result (`Frame::mode`).
/// Push the return value onto the caller's stack.
pub const MODE_PUSH: u8 = 0;
/// Return it to the Rust caller (`execute` returns).
pub const MODE_SYNC: u8 = 1;
/// `__init__`: the result must be None; push `aux` (the new instance).
pub const MODE_INIT: u8 = 2;
/// Class body: push `aux` (the class).
pub const MODE_CLASS: u8 = 3;
/// Generator resumed by `ForIter`: a yield pushes the value; finishing
/// pops the caller's iterator and jumps past the loop.
pub const MODE_GEN_FOR: u8 = 4;
/// Generator resumed by `next()`/`send()` from Python: a yield pushes the
/// value; finishing raises StopIteration in the caller.
pub const MODE_GEN_NEXT: u8 = 5;
/// Operator dunder (`aux` = (a, b), `aux2` = operator): NotImplemented
/// continues the protocol (reflected method, default) before pushing.
pub const MODE_BINOP: u8 = 6;
pub const MODE_CMP: u8 = 7;

/// A try block (`is_handler` false) or a running except/finally handler.
#[derive(Clone)]
pub struct Block {
    pub handler: usize,
    pub depth: usize,
    pub comps: usize,
    pub is_handler: bool,
}

pub struct Frame {
    pub code: usize,
    pub pc: usize,
    pub locals: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    /// pcs of the `CompEnter` ops of the comprehensions currently
    /// running in this frame (innermost last).
    pub comps: Vec<usize>,
    pub blocks: Vec<Block>,
    pub mode: u8,
    /// Heap handle of the generator owning this frame, or 0.
    pub gen: usize,
    /// The instance (MODE_INIT) or class (MODE_CLASS / class body), or
    /// the operands (MODE_BINOP / MODE_CMP).
    pub aux: Value,
    /// The operator (MODE_BINOP / MODE_CMP).
    pub aux2: usize,
}

pub struct Vm {
    pub program: Program,
    pub heap: Heap,
    /// Global values per module (see vm_import.rs), one slot per
    /// program-wide global name.
    pub globals: Vec<Vec<Option<Value>>>,
    /// Module of each code object.
    pub code_module: Vec<usize>,
    pub modules: Vec<crate::vm_import::ModInfo>,
    /// The `sys.modules` dict and the `sys.path` list.
    pub sys_modules: Value,
    pub sys_path: Value,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// `sys.stdout` was assigned something else: `print` writes through it.
    pub stdout_redirected: bool,
    /// Files behind the descriptors `os.open` returned (os_fd.rs).
    pub os_fds: Vec<std::fs::File>,
    /// Keyword arguments of classes whose body is running (vm_class.rs).
    pub class_kwargs: Vec<(usize, Value)>,
    /// `types.member_descriptor` (0 until the first class with `__slots__`).
    pub member_descr: usize,
    /// Per module: global indices in dict insertion order.
    pub global_order: Vec<Vec<usize>>,
    /// Builtin value for each global name, if it names a builtin.
    pub builtin_vals: Vec<Option<Value>>,
    /// True if the global name is a CPython builtin Pyrite lacks.
    pub missing_builtin: Vec<bool>,
    /// Constants of each code object, materialised as values.
    pub consts: Vec<Vec<Value>>,
    /// Symbol ids of each code object's `names`.
    pub name_syms: Vec<Vec<usize>>,
    /// Boxed, so a call or return moves a pointer, not the frame.
    pub frames: Vec<Box<Frame>>,
    /// Popped frames kept for reuse, so steady-state calls allocate nothing
    /// (emptied, not traced, by the collector).
    pub free_frames: Vec<Box<Frame>>,
    /// Inline caches of the attribute instructions (attr_cache.rs).
    pub attr_cache: crate::attr_cache::AttrCache,
    /// The exception being handled (None outside handlers).
    pub exc_info: Value,
    /// Recursion units used by Rust-level operations in progress that
    /// CPython counts against the recursion limit (comparisons calling
    /// `__eq__`, `str()`/`repr()` calling `__str__`/`__repr__`).
    pub c_depth: usize,
    /// Number of `execute` calls in progress.
    pub sync_depth: usize,
    /// Buffered stdout.
    pub out: String,
    /// State of the OS-facing modules (time's clock origin, stdout errors).
    pub osm: crate::time_mod::OsState,
    /// What `eval`/`exec` remember (vm_eval.rs).
    pub eval_state: crate::vm_eval::EvalState,
}

/// The builtin value for a name (functions, types, exceptions, constants).
pub fn builtin_value(heap: &Heap, name: &str) -> Option<Value> {
    let table = &crate::objects::EXC_TABLE;
    for k in 0..table.len() {
        if table[k].0 == name {
            return Some(Value::Ref(heap.exc_classes[k]));
        }
    }
    if name == "IOError" || name == "EnvironmentError" {
        return Some(Value::Ref(heap.exc_classes[ExcKind::OSError.index()]));
    }
    if name == "NotImplemented" {
        return Some(Value::Builtin(crate::builtins::B_NOTIMPLEMENTED));
    }
    if name == "Ellipsis" {
        return Some(Value::Builtin(crate::builtins::B_ELLIPSIS));
    }
    if name == "__debug__" {
        // No -O: assertions run.
        return Some(Value::Bool(true));
    }
    let id = builtin_lookup(name)?;
    for t in heap.types.iter() {
        if heap.class(*t).builtin_fn == Some(id) {
            return Some(Value::Ref(*t));
        }
    }
    Some(Value::Builtin(id))
}

pub fn const_value(heap: &mut Heap, c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(d) => crate::bigint_ops::decimal_const(d.as_str()),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => heap.str_from(s.as_str()),
        Const::Bytes(b) => heap.alloc(Object::Bytes(b.clone())),
        Const::Imag(f) => heap.alloc(Object::Complex(0.0, *f)),
        Const::Ellipsis => Value::Builtin(crate::builtins::B_ELLIPSIS),
    }
}

impl Vm {
    pub fn new(program: Program) -> Vm {
        let mut heap = Heap::new();
        let mut consts = Vec::new();
        let mut name_syms = Vec::new();
        for code in program.codes.iter() {
            let mut cs = Vec::new();
            for c in code.consts.iter() {
                cs.push(const_value(&mut heap, c));
            }
            consts.push(cs);
            let mut syms = Vec::new();
            for n in code.names.iter() {
                syms.push(heap.intern(n.as_str()));
            }
            name_syms.push(syms);
        }
        let ncodes = program.codes.len();
        let mut globals = Vec::new();
        let mut builtin_vals = Vec::new();
        let mut missing_builtin = Vec::new();
        let cpython_builtins = builtin_names();
        for name in program.global_names.iter() {
            globals.push(None);
            let v = builtin_value(&heap, name.as_str());
            let mut missing = false;
            if v.is_none() {
                for b in cpython_builtins.iter() {
                    if b == name {
                        missing = true;
                    }
                }
            }
            builtin_vals.push(v);
            missing_builtin.push(missing);
        }
        Vm {
            program: program,
            heap: heap,
            globals: vec![globals],
            code_module: vec![0; ncodes],
            modules: Vec::new(),
            sys_modules: Value::None,
            sys_path: Value::None,
            recursion_limit: RECURSION_LIMIT,
            stdout_redirected: false,
            os_fds: Vec::new(),
            global_order: vec![Vec::new()],
            builtin_vals: builtin_vals,
            missing_builtin: missing_builtin,
            class_kwargs: Vec::new(),
            member_descr: 0,
            consts: consts,
            name_syms: name_syms,
            frames: Vec::new(),
            free_frames: Vec::new(),
            attr_cache: crate::attr_cache::AttrCache::new(),
            exc_info: Value::None,
            c_depth: 0,
            sync_depth: 0,
            out: String::new(),
            osm: crate::time_mod::OsState::new(),
            eval_state: crate::vm_eval::EvalState::new(),
        }
    }

    /// Writes the buffered stdout text; a failed write (a closed pipe) is
    /// kept in `stdout_errno` for `check_stdout` to raise.
    pub fn flush(&mut self) {
        if self.out.len() > 0 {
            let r = std::io::stdout().write_all(self.out.as_bytes());
            self.out = String::new();
            if let Err(e) = r {
                if let Some(n) = e.raw_os_error() {
                    self.osm.stdout_errno = n;
                }
            }
        }
    }

    /// Flushes, then raises the OSError (BrokenPipeError for a closed pipe)
    /// of a stdout write that failed since the last check, as CPython's
    /// print() and sys.stdout.write() do.
    pub fn check_stdout(&mut self) -> Result<(), PyErr> {
        self.flush();
        let n = self.osm.stdout_errno;
        if n != 0 {
            self.osm.stdout_errno = 0;
            self.osm.stdout_raised = true;
            return Err(self.os_error(n, None, None));
        }
        Ok(())
    }

    /// Runs the main code object.  On an uncaught exception returns the
    /// exception instance (its traceback inside).
    pub fn run(&mut self) -> Result<(), Value> {
        let main = self.program.main;
        let n = self.program.codes[main].local_names.len();
        let mut f = self.new_frame(main);
        for _ in 0..n {
            f.locals.push(None);
        }
        f.mode = MODE_SYNC;
        self.frames.push(f);
        let outer = self.gc_outer_begin();
        let r = self.execute();
        self.gc_outer_end(outer);
        self.flush();
        match r {
            Ok(_) => Ok(()),
            Err(e) => Err(self.materialize(e)),
        }
    }

    /// An empty frame for code object `code`, reusing a pooled one if any.
    pub fn new_frame(&mut self, code: usize) -> Box<Frame> {
        if self.program.codes[code].lazy_at != 0 {
            crate::frozen_image::materialize(&mut self.program, code);
            self.fill_code_tables(code);
        }
        match self.free_frames.pop() {
            Some(mut f) => {
                f.code = code;
                f.pc = 0;
                f.locals.clear();
                f.stack.clear();
                f.comps.clear();
                f.blocks.clear();
                f.mode = MODE_PUSH;
                f.gen = 0;
                f.aux = Value::None;
                f.aux2 = 0;
                f
            }
            None => Box::new(Frame {
                code: code,
                pc: 0,
                locals: Vec::new(),
                stack: Vec::new(),
                comps: Vec::new(),
                blocks: Vec::new(),
                mode: MODE_PUSH,
                gen: 0,
                aux: Value::None,
                aux2: 0,
            }),
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

    pub fn top(&self, fi: usize) -> Value {
        let len = self.frames[fi].stack.len();
        self.frames[fi].stack[len - 1].clone()
    }

    /// Pops the top `n` values, returning them in push order.
    pub fn pop_n(&mut self, fi: usize, n: usize) -> Vec<Value> {
        let len = self.frames[fi].stack.len();
        self.frames[fi].stack.split_off(len - n)
    }

    /// Runs the frames until the frame on top when called (a MODE_SYNC
    /// frame) returns or yields; exceptions are handled by the frames'
    /// try blocks or propagate out of that frame.
    pub fn execute(&mut self) -> Result<Value, PyErr> {
        let base = self.frames.len() - 1;
        if self.sync_depth >= SYNC_LIMIT {
            // Drop the frame that was pushed for us, as an exception would.
            let f = self.frames.pop().unwrap();
            if f.gen != 0 {
                self.exc_info = f.aux.clone();
                self.finish_generator(f.gen);
            }
            if f.mode == MODE_CMP {
                self.c_depth -= 1;
            }
            self.free_frames.push(f);
            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.sync_depth += 1;
        let r = self.execute_from(base);
        self.sync_depth -= 1;
        r
    }

    fn execute_from(&mut self, base: usize) -> Result<Value, PyErr> {
        loop {
            match self.run_frames() {
                Ok(v) => return Ok(v),
                Err(e) => self.unwind(e, base)?,
            }
        }
    }

    pub fn local_error(&self, code: usize, i: usize) -> PyErr {
        let c = &self.program.codes[code];
        let name = c.local_names[i].clone();
        if i >= c.free_start && i < c.free_start + c.nfree {
            let msg = format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name);
            return self.name_error_msg(code, name.as_str(), msg);
        }
        err(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{}' where it is not associated with a value", name).as_str(),
        )
    }

    pub fn cell_of(&self, fi: usize, i: usize) -> usize {
        match &self.frames[fi].locals[i] {
            Some(Value::Ref(h)) => *h,
            _ => panic!("cell slot without a cell"),
        }
    }

    /// The handle of the class whose body frame `fi` runs.
    pub fn class_ns(&self, fi: usize) -> usize {
        match &self.frames[fi].aux {
            Value::Ref(h) => *h,
            _ => panic!("class body without a class"),
        }
    }

    /// The dispatch loop.  Returns when a MODE_SYNC frame finishes.  Only
    /// the frequent ops are inline; the rest are in vm_ops.rs.
    pub fn run_frames(&mut self) -> Result<Value, PyErr> {
        loop {
            if self.heap.gc.since >= self.heap.gc.threshold {
                // A safe point for the collector (arena_gc.rs).
                self.gc_safe_point();
            }
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
                        None => return Err(self.local_error(code, i)),
                    };
                    self.push(fi, v);
                }
                Op::StoreFast(i) => {
                    let v = self.pop(fi);
                    self.frames[fi].locals[i] = Some(v);
                }
                Op::LoadGlobal(i) => {
                    let v = match &self.globals[self.code_module[code]][i] {
                        Some(v) => v.clone(),
                        None => match &self.builtin_vals[i] {
                            Some(b) => b.clone(),
                            None => self.lazy_builtin(code, i)?,
                        },
                    };
                    self.push(fi, v);
                }
                Op::StoreGlobal(i) => {
                    let v = self.pop(fi);
                    let m = self.code_module[code];
                    if self.globals[m][i].is_none() {
                        self.global_order[m].push(i);
                    }
                    self.globals[m][i] = Some(v);
                }
                Op::Pop => {
                    self.pop(fi);
                }
                Op::Dup => {
                    let v = self.top(fi);
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
                    if !self.truthy(&v)? {
                        self.frames[fi].pc = t;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = self.pop(fi);
                    if self.truthy(&v)? {
                        self.frames[fi].pc = t;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = self.top(fi);
                    if !self.truthy(&v)? {
                        self.frames[fi].pc = t;
                    } else {
                        self.pop(fi);
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = self.top(fi);
                    if self.truthy(&v)? {
                        self.frames[fi].pc = t;
                    } else {
                        self.pop(fi);
                    }
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
                Op::SetupTry(h) => {
                    let depth = self.frames[fi].stack.len();
                    let comps = self.frames[fi].comps.len();
                    self.frames[fi].blocks.push(Block { handler: h, depth: depth, comps: comps, is_handler: false });
                }
                Op::PopBlock => {
                    self.frames[fi].blocks.pop();
                }
                Op::Binary(bop, inplace) => {
                    let b = self.pop(fi);
                    let a = self.pop(fi);
                    let fast = crate::fast_arith::fast_binary(&bop, &a, &b);
                    match fast {
                        Some(v) => self.push(fi, v),
                        None => self.op_binary(fi, bop, a, b, inplace)?,
                    }
                }
                Op::Compare(cop) => {
                    let b = self.pop(fi);
                    let a = self.pop(fi);
                    let fast = crate::fast_arith::fast_compare(&cop, &a, &b);
                    match fast {
                        Some(r) => self.push(fi, Value::Bool(r)),
                        None => self.op_compare(fi, cop, a, b)?,
                    }
                }
                Op::Call(argc) => {
                    let len = self.frames[fi].stack.len();
                    let fast = self.exact_function(&self.frames[fi].stack[len - argc - 1], argc);
                    if let Some((callee_code, nlocals)) = fast {
                        // Fast path: Python function, exact positional
                        // arity -- arguments move straight into the locals.
                        if self.frames.len() + self.c_depth >= self.recursion_limit {
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
                        self.op_call(fi, argc)?;
                    }
                }
                Op::CallMethod(n, argc, kw) => self.op_call_method(fi, code, n, argc, kw)?,
                Op::ForIter(t) => {
                    let len = self.frames[fi].stack.len();
                    let it = self.frames[fi].stack[len - 1].clone();
                    let h = match &it {
                        Value::Ref(h) => *h,
                        _ => panic!("ForIter on a non-iterator"),
                    };
                    let simple = match &self.heap.objs[h] {
                        Object::SeqIter(_, _, _) | Object::RangeIter(_, _, _) => true,
                        _ => false,
                    };
                    if simple {
                        match self.heap.iter_next(h) {
                            Some(v) => self.push(fi, v),
                            None => {
                                self.pop(fi);
                                self.frames[fi].pc = t;
                            }
                        }
                    } else {
                        self.op_for_iter(fi, t, it, h)?;
                    }
                }
                Op::LoadAttr(n) => self.op_load_attr(fi, code, pc, n)?,
                Op::LoadMethod(n) => self.op_load_method(fi, code, pc, n)?,
                Op::StoreAttr(n) => self.op_store_attr(fi, code, pc, n)?,
                Op::Subscr => {
                    let len = self.frames[fi].stack.len();
                    let fast = crate::fast_arith::fast_index(&self.heap, &self.frames[fi].stack[len - 2], &self.frames[fi].stack[len - 1]);
                    match fast {
                        Some(v) => {
                            self.frames[fi].stack.truncate(len - 2);
                            self.push(fi, v);
                        }
                        None => self.op_subscr(fi)?,
                    }
                }
                Op::StoreSubscr => {
                    let idx = self.pop(fi);
                    let obj = self.pop(fi);
                    let v = self.pop(fi);
                    if let Some(v) = crate::fast_arith::fast_store_index(&mut self.heap, &obj, &idx, v) {
                        self.store_subscr(&obj, &idx, v)?;
                    }
                }
                Op::Return => {
                    if let Some(v) = self.op_return(fi)? {
                        return Ok(v);
                    }
                }
                Op::Yield => {
                    if let Some(v) = self.op_yield(fi)? {
                        return Ok(v);
                    }
                }
                other => self.exec_cold(fi, code, other)?,
            }
        }
    }

    /// CPython's C-level recursion check (`Py_EnterRecursiveCall`):
    /// RecursionError with `what` appended when the limit is reached.
    pub fn enter_check(&self, extra: usize, what: &str) -> Result<(), PyErr> {
        if self.frames.len() + self.c_depth + extra >= self.recursion_limit {
            return Err(err(ExcKind::RecursionError, format!("maximum recursion depth exceeded{}", what).as_str()));
        }
        Ok(())
    }

    /// Is `v` a value some operation must handle at the VM level
    /// (instances with dunder methods, classes, lazy iterators)?
    pub fn needs_vm(&self, v: &Value) -> bool {
        match v {
            Value::Ref(h) => match &self.heap.objs[*h] {
                Object::Instance(_) | Object::Class(_) | Object::Set(_) | Object::FrozenSet(_) | Object::Generator(_) => true,
                Object::Enumerate(_, _) | Object::Zip(_, _) | Object::Map(_, _) | Object::Filter(_, _) => true,
                Object::GenericAlias(_, _) => true,
                _ => false,
            },
            _ => false,
        }
    }

    /// Dict keyed by an instance (user `__eq__`/`__hash__` need the VM).
    pub fn needs_vm_key(&self, obj: &Value, key: &Value) -> bool {
        if let Some(Object::Dict(d)) = self.heap.get(obj) {
            if let Value::Ref(_) = &d.owner {
                return true; // an instance's __dict__ (Vm::sync_inst_dict)
            }
            return match obj {
                Value::Ref(h) => self.dict_key_needs_vm(*h, key),
                _ => self.vm_key(key),
            };
        }
        // Sequences indexed by an instance (`__index__`).
        self.is_instance(key) || self.slice_has_instance(key)
    }

    pub fn is_instance(&self, v: &Value) -> bool {
        match self.heap.get(v) {
            Some(Object::Instance(_)) => true,
            _ => false,
        }
    }

    pub fn is_container(&self, v: &Value) -> bool {
        match self.heap.get(v) {
            Some(Object::List(_)) | Some(Object::Tuple(_)) | Some(Object::Dict(_)) => true,
            _ => false,
        }
    }

    /// Runs a class body and pushes the new class (via MODE_CLASS).
    pub fn build_class(&mut self, func: Value, bases: Vec<Value>, name: String) -> Result<(), PyErr> {
        let mut base_handles = Vec::new();
        let mut substituted = false;
        let entries_sym = self.heap.intern("__mro_entries__");
        for b in bases.iter() {
            match self.heap.get(b) {
                Some(Object::Class(_)) => {
                    if let Value::Ref(h) = b {
                        base_handles.push(*h);
                    }
                }
                _ => {
                    // PEP 560: a non-class base names its classes through
                    // `__mro_entries__(bases)` (`class S(Generic[T])`).
                    let hook = if self.is_instance(b) { self.user_method(b, entries_sym) } else { None };
                    let m = match hook {
                        Some(m) => m,
                        None => return Err(type_error(format!("bases must be types, not {}", self.heap.type_name(b)).as_str())),
                    };
                    let orig = self.heap.alloc(Object::Tuple(bases.clone()));
                    let got = self.call1(&m, vec![b.clone(), orig])?;
                    let items = match self.heap.get(&got) {
                        Some(Object::Tuple(items)) => items.clone(),
                        _ => return Err(type_error("__mro_entries__ must return a tuple")),
                    };
                    for x in items.iter() {
                        match (x, self.heap.is_class(x)) {
                            (Value::Ref(h), true) => base_handles.push(*h),
                            _ => return Err(type_error(format!("bases must be types, not {}", self.heap.type_name(x)).as_str())),
                        }
                    }
                    substituted = true;
                }
            }
        }
        let orig_bases = if substituted { Some(self.heap.alloc(Object::Tuple(bases.clone()))) } else { None };
        self.heap.check_bases(&base_handles)?;
        let (code_idx, closure) = match self.heap.get(&func) {
            Some(Object::Function(f)) => (f.code, f.closure.clone()),
            _ => panic!("class body is not a function"),
        };
        let qualname = self.program.codes[code_idx].qualname.clone();
        let cls = self.heap.new_class(name.as_str(), qualname.as_str(), base_handles)?;
        if let Some(ob) = orig_bases {
            let sym = self.heap.intern("__orig_bases__");
            self.heap.class_set(cls, sym, ob);
        }
        if self.frames.len() + self.c_depth >= self.recursion_limit {
            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let code = &self.program.codes[code_idx];
        let nlocals = code.local_names.len();
        let cells = code.cells.clone();
        let free_start = code.free_start;
        let mut frame = self.new_frame(code_idx);
        for _ in 0..nlocals {
            frame.locals.push(None);
        }
        for s in cells.iter() {
            // The only class-body cell is `__class__`.
            let c = self.heap.alloc(Object::Cell(Some(Value::Ref(cls))));
            frame.locals[*s] = Some(c);
        }
        for k in 0..closure.len() {
            frame.locals[free_start + k] = Some(closure[k].clone());
        }
        frame.mode = MODE_CLASS;
        frame.aux = Value::Ref(cls);
        self.frames.push(frame);
        Ok(())
    }

    /// Generator `g` finished: drop its frame.
    pub fn finish_generator(&mut self, g: usize) {
        if let Object::Generator(gen) = &mut self.heap.objs[g] {
            gen.state = GEN_FINISHED;
            gen.frame = None;
        }
    }
}
