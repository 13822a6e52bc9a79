//! Stage 4 (continued): the less frequent opcodes, split out of the
//! dispatch loop (`Vm::run_frames`) into small groups.
//!
//! Invariants: same semantics as if they were inline in the loop; they
//! live here so the loop's own Rust/C stack frame stays small, which
//! matters because builtins that call back into Python re-enter the
//! loop (a deep recursion through `__getitem__` or `__eq__` nests one
//! loop frame per level).  The dunder calls of `Subscr`, property reads,
//! binary operators and comparisons push a frame instead of re-entering
//! (modes MODE_PUSH, MODE_BINOP, MODE_CMP), like ordinary calls.

use crate::ast::{BinOp, CmpOp};
use crate::builtins::{MARK_METHOD, MARK_NOSELF};
use crate::bytecode::Op;
use crate::classes::{S_GETITEM, S_NE};
use crate::objects::{err, err_arg, exc_err, type_error, ExcKind, FunctionObj, Object, PyErr, Value};
use crate::ops::{binary_op, compare, unary_op};
use crate::proto::is_notimpl;
use crate::subscript::{del_item, get_item, set_item};
use crate::objects::GEN_SUSPENDED;
use crate::vm::{Block, Vm, MODE_BINOP, MODE_CLASS, MODE_CMP, MODE_GEN_FOR, MODE_GEN_NEXT, MODE_INIT, MODE_PUSH, MODE_SYNC};
use crate::ast::UnaryOp;
use crate::attr_cache::{self, AttrEntry};

/// `Op::DictMerge(CALL_MERGE + depth)`: a `**mapping` argument of a call,
/// where a key already given is a TypeError (plain `DictMerge(depth)`
/// builds a dict display, where later keys win).
pub const CALL_MERGE: usize = 1000;

impl Vm {
    /// CPython's name of a callable in call errors: `module.qualname()` for
    /// functions, `name()` otherwise.
    fn callable_display_name(&mut self, f: &Value) -> String {
        if let Some(Object::Function(func)) = self.heap.get(f) {
            let (q, code) = (func.qualname.clone(), func.code);
            let m = self.code_module[code];
            return format!("{}.{}()", self.modules[m].name, q);
        }
        let sym = self.heap.intern("__name__");
        match self.get_attr(f, sym) {
            Ok(n) if self.heap.is_str(&n) => format!("{}()", self.heap.to_str(&n)),
            _ => format!("{} object", self.heap.type_name(f)),
        }
    }


    /// Cells, free variables, class-body names, deletions.
    pub fn exec_names(&mut self, fi: usize, code: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::DeleteFast(i) => {
                if self.frames[fi].locals[i].is_none() {
                    return Err(self.local_error(code, i));
                }
                self.frames[fi].locals[i] = None;
            }
            Op::LoadDeref(i) => {
                let c = self.cell_of(fi, i);
                let v = match &self.heap.objs[c] {
                    Object::Cell(Some(v)) => v.clone(),
                    _ => return Err(self.local_error(code, i)),
                };
                self.push(fi, v);
            }
            Op::StoreDeref(i) => {
                let v = self.pop(fi);
                let c = self.cell_of(fi, i);
                self.heap.objs[c] = Object::Cell(Some(v));
            }
            Op::DeleteDeref(i) => {
                let c = self.cell_of(fi, i);
                let bound = match &self.heap.objs[c] {
                    Object::Cell(Some(_)) => true,
                    _ => false,
                };
                if !bound {
                    return Err(self.local_error(code, i));
                }
                self.heap.objs[c] = Object::Cell(None);
            }
            Op::LoadClosure(i) => {
                let v = match &self.frames[fi].locals[i] {
                    Some(v) => v.clone(),
                    None => Value::None,
                };
                self.push(fi, v);
            }
            Op::MakeCell(i) => {
                let c = self.heap.alloc(Object::Cell(None));
                self.frames[fi].locals[i] = Some(c);
            }
            Op::DeleteGlobal(i) => {
                let m = self.code_module[code];
                if self.globals[m][i].is_none() {
                    return Err(self.name_error(code, i));
                }
                self.globals[m][i] = None;
                for k in 0..self.global_order[m].len() {
                    if self.global_order[m][k] == i {
                        self.global_order[m].remove(k);
                        break;
                    }
                }
            }
            Op::LoadName(n, g) => {
                let cls = self.class_ns(fi);
                let sym = self.name_syms[code][n];
                let v = match self.heap.class_get(cls, sym) {
                    Some(v) => v,
                    None => match &self.globals[self.code_module[code]][g] {
                        Some(v) => v.clone(),
                        None => match &self.builtin_vals[g] {
                            Some(b) => b.clone(),
                            None => self.lazy_builtin(code, g)?,
                        },
                    },
                };
                self.push(fi, v);
            }
            Op::StoreName(n) => {
                let v = self.pop(fi);
                let cls = self.class_ns(fi);
                let sym = self.name_syms[code][n];
                self.heap.class_set(cls, sym, v);
            }
            Op::DeleteName(n) => {
                let cls = self.class_ns(fi);
                let sym = self.name_syms[code][n];
                if !self.heap.class_del(cls, sym) {
                    let name = self.program.codes[code].names[n].clone();
                    return Err(err(ExcKind::NameError, format!("name '{}' is not defined", name).as_str()));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Attribute stores/deletes, method lookup, unary operators, iter().
    pub fn exec_attrs(&mut self, fi: usize, code: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::StoreAttr(n) => {
                let obj = self.pop(fi);
                let v = self.pop(fi);
                let sym = self.name_syms[code][n];
                self.set_attr(&obj, sym, v)?;
            }
            Op::DeleteAttr(n) => {
                let obj = self.pop(fi);
                let sym = self.name_syms[code][n];
                self.del_attr(&obj, sym)?;
            }
            Op::LoadMethod(n) => {
                let obj = self.pop(fi);
                let sym = self.name_syms[code][n];
                let (x, y) = self.load_method(&obj, sym)?;
                self.push(fi, x);
                self.push(fi, y);
            }
            Op::Unary(uop) => {
                let a = self.pop(fi);
                let r = if uop == UnaryOp::Not {
                    Value::Bool(!self.truthy(&a)?)
                } else if self.is_instance(&a) {
                    self.unary_dunder(&uop, &a)?
                } else {
                    unary_op(&mut self.heap, &uop, &a)?
                };
                self.push(fi, r);
            }
            Op::GetIter => {
                let v = self.pop(fi);
                let it = self.get_iter(&v)?;
                self.push(fi, it);
            }
            Op::OwnIter => {
                let it = self.top(fi);
                if let Value::Ref(h) = it {
                    if let Object::Generator(g) = &mut self.heap.objs[h] {
                        g.owned = true;
                    }
                }
            }
            Op::PopIter => {
                let it = self.pop(fi);
                self.drop_values(vec![it]);
            }
            _ => {}
        }
        Ok(())
    }

    /// Slices, f-string joins and sequence unpacking: common operations kept apart from
    /// `exec_build`, whose frame (translated with a collector) registers some 130 roots.
    fn exec_build_light(&mut self, fi: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::BuildSlice => {
                let parts = self.pop_n(fi, 3);
                let v = self.heap.alloc(Object::Slice(parts));
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
            Op::UnpackSequence(n) => {
                let seq = self.pop(fi);
                let items = self.unpack_items(&seq)?;
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
            _ => unreachable!(),
        }
        Ok(())
    }

    /// Calls with keywords or unpacking, displays, unpacking, functions, classes.
    pub fn exec_build(&mut self, fi: usize, code: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::CallKw(argc, kwi) => {
                let mut args = self.pop_n(fi, argc);
                let callee = self.pop(fi);
                let (kwnames, kwvalues) = self.split_kwargs(code, kwi + 1, &mut args);
                self.call_value(fi, callee, args, kwnames, kwvalues)?;
            }
            Op::CallEx(has_kw) => {
                let kwd = if has_kw { self.pop(fi) } else { Value::None };
                let argl = self.pop(fi);
                let callee = self.pop(fi);
                let args = crate::ops::items_of(&self.heap, &argl);
                let mut kwnames = Vec::new();
                let mut kwvalues = Vec::new();
                if let Some(Object::Dict(d)) = self.heap.get(&kwd) {
                    let (ks, vs) = (d.keys(), d.values());
                    for k in 0..ks.len() {
                        match self.heap.str_chars(&ks[k]) {
                            Some(cs) => {
                                let mut s = String::new();
                                for c in cs.iter() {
                                    s.push(*c);
                                }
                                kwnames.push(s);
                            }
                            None => return Err(type_error("keywords must be strings")),
                        }
                        kwvalues.push(vs[k].clone());
                    }
                }
                self.call_value(fi, callee, args, kwnames, kwvalues)?;
            }
            Op::ListExtend(depth) => {
                let v = self.pop(fi);
                if !self.iterable(&v) {
                    return Err(type_error(
                        format!("Value after * must be an iterable, not {}", self.heap.type_name(&v)).as_str(),
                    ));
                }
                let items = self.collect(&v)?;
                let len = self.frames[fi].stack.len();
                if let Value::Ref(h) = &self.frames[fi].stack[len - depth] {
                    let h = *h;
                    if let Object::List(l) = &mut self.heap.objs[h] {
                        for x in items.into_iter() {
                            l.push(x);
                        }
                    }
                }
            }
            Op::DictMerge(depth_arg) => {
                let (depth, in_call) = if depth_arg > CALL_MERGE { (depth_arg - CALL_MERGE, true) } else { (depth_arg, false) };
                let v = self.pop(fi);
                let v = self.merge_source(&v)?;
                let user = self.user_mapping_items(&v)?;
                let (ks, vs) = match self.heap.get(&v) {
                    Some(Object::Dict(d)) => (d.keys(), d.values()),
                    _ if user.is_some() => user.unwrap(),
                    _ => {
                        return Err(type_error(
                            format!("'{}' object is not a mapping", self.heap.type_name(&v)).as_str(),
                        ))
                    }
                };
                let len = self.frames[fi].stack.len();
                let target = self.frames[fi].stack[len - depth].clone();
                for k in 0..ks.len() {
                    if in_call && self.heap.is_str(&ks[k]) {
                        if let Some(_) = self.dict_lookup_value(&target, &ks[k])? {
                            let f = self.frames[fi].stack[len - depth - 2].clone();
                            let fname = self.callable_display_name(&f);
                            let kn = self.heap.to_str(&ks[k]);
                            return Err(type_error(
                                format!("{} got multiple values for keyword argument '{}'", fname, kn).as_str(),
                            ));
                        }
                    }
                    self.dict_store(&target, &ks[k], &vs[k])?;
                }
            }
            Op::ListToTuple => {
                let l = self.pop(fi);
                let items = crate::ops::items_of(&self.heap, &l);
                let t = self.heap.alloc(Object::Tuple(items));
                self.push(fi, t);
            }
            Op::ListToSet => {
                let l = self.pop(fi);
                let items = crate::ops::items_of(&self.heap, &l);
                let mut s = crate::sets::new_set();
                for x in items.iter() {
                    self.vset_add(&mut s, x)?;
                }
                let v = self.heap.alloc(Object::Set(Box::new(s)));
                self.push(fi, v);
            }
            Op::MapAdd(depth) => {
                let v = self.pop(fi);
                let k = self.pop(fi);
                let len = self.frames[fi].stack.len();
                let target = self.frames[fi].stack[len - depth].clone();
                self.dict_store(&target, &k, &v)?;
            }
            Op::SetAdd(depth) => {
                let v = self.pop(fi);
                let len = self.frames[fi].stack.len();
                let target = self.frames[fi].stack[len - depth].clone();
                if let Value::Ref(h) = target {
                    let mut s = self.heap.take_set(h);
                    let r = self.vset_add(&mut *s, &v);
                    self.heap.put_set(h, s);
                    r?;
                }
            }
            Op::BuildConstSet(n, frozen) => {
                let items = self.pop_n(fi, n);
                let mut a = crate::sets::new_set();
                for x in items.iter() {
                    self.heap.set_add(&mut a, x)?;
                }
                let mut b = crate::sets::new_set();
                for x in a.items().iter() {
                    self.heap.set_add(&mut b, x)?;
                }
                let v = if frozen {
                    self.heap.alloc(Object::FrozenSet(Box::new(b)))
                } else {
                    let mut s = crate::sets::new_set();
                    self.heap.set_merge(&mut s, &b);
                    self.heap.alloc(Object::Set(Box::new(s)))
                };
                self.push(fi, v);
            }
            Op::BuildSet(n) => {
                let items = self.pop_n(fi, n);
                let mut s = crate::sets::new_set();
                for x in items.iter() {
                    self.vset_add(&mut s, x)?;
                }
                let v = self.heap.alloc(Object::Set(Box::new(s)));
                self.push(fi, v);
            }
            Op::UnpackEx(before, after) => {
                let seq = self.pop(fi);
                let items = self.unpack_items(&seq)?;
                let n = items.len();
                if n < before + after {
                    return Err(err(
                        ExcKind::ValueError,
                        format!("not enough values to unpack (expected at least {}, got {})", before + after, n).as_str(),
                    ));
                }
                let mut mid = Vec::new();
                for k in before..(n - after) {
                    mid.push(items[k].clone());
                }
                let mut k = n;
                while k > n - after {
                    k -= 1;
                    self.push(fi, items[k].clone());
                }
                let l = self.heap.alloc(Object::List(mid));
                self.push(fi, l);
                let mut k = before;
                while k > 0 {
                    k -= 1;
                    self.push(fi, items[k].clone());
                }
            }
            Op::BuildDict(n) => {
                let items = self.pop_n(fi, 2 * n);
                let v = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::with_capacity(n))));
                for k in 0..n {
                    self.dict_store(&v, &items[2 * k], &items[2 * k + 1])?;
                }
                self.push(fi, v);
            }
            Op::MakeFunction(c, nd, flags) => {
                let closure = if flags & 2 != 0 {
                    let t = self.pop(fi);
                    crate::ops::items_of(&self.heap, &t)
                } else {
                    Vec::new()
                };
                let kwdefaults = if flags & 1 != 0 { self.pop(fi) } else { Value::None };
                let defaults = self.pop_n(fi, nd);
                let name = self.program.codes[c].name.clone();
                let qualname = self.program.codes[c].qualname.clone();
                let f = self.heap.alloc(Object::Function(Box::new(FunctionObj {
                    name: name,
                    qualname: qualname,
                    code: c,
                    defaults: defaults,
                    kwdefaults: kwdefaults,
                    closure: closure,
                    attrs: Value::None,
                    annotations: Value::None,
                })));
                self.push(fi, f);
            }
            Op::BuildClass(nbases, name_const) => {
                let func = self.pop(fi);
                let kwargs = if nbases >= crate::bytecode::CLASS_KWARGS { self.pop(fi) } else { Value::None };
                let bases = self.pop_n(fi, nbases % crate::bytecode::CLASS_KWARGS);
                let name = self.heap.to_str(&self.consts[code][name_const]);
                let bases_t = self.heap.alloc(Object::Tuple(bases.clone()));
                self.build_class(func, bases, name.clone())?;
                if let Value::None = kwargs {
                } else {
                    let top = self.frames.len() - 1;
                    if let Value::Ref(c) = &self.frames[top].aux {
                        let c = *c;
                        self.class_kwargs.push((c, kwargs.clone()));
                    }
                }
                self.class_prepare(name, bases_t, kwargs)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// f-string formatting, item assignment and deletion.
    pub fn exec_subscr(&mut self, fi: usize, code: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::FormatValue(conv, spec) => {
                let dynamic = conv.is_ascii_uppercase();
                let conv = conv.to_ascii_lowercase();
                let spec_s = if dynamic {
                    let sv = self.pop(fi);
                    self.heap.to_str(&sv)
                } else {
                    self.heap.to_str(&self.consts[code][spec])
                };
                let v = self.pop(fi);
                if !self.heap.is_str(&v) && !self.is_instance(&v) && spec_s.len() == 0 {
                    let what = if conv == 'r' || conv == 'a' { " while getting the repr of an object" } else { " while getting the str of an object" };
                    self.enter_check(0, what)?;
                }
                let s = if conv == 'r' || conv == 'a' || conv == 's' {
                    let r = if conv == 's' { self.v_str(&v)? } else { self.v_repr(&v)? };
                    let r = if conv == 'a' { crate::objects_repr::ascii_escape(r.as_str()) } else { r };
                    let rv = self.heap.str_from(r.as_str());
                    crate::format::format_value(&self.heap, &rv, spec_s.as_str())?
                } else {
                    self.format_value(&v, spec_s.as_str())?
                };
                let r = self.heap.str_from(s.as_str());
                self.push(fi, r);
            }
            Op::DeleteSubscr => {
                let idx = self.pop(fi);
                let obj = self.pop(fi);
                if self.needs_vm(&obj) || self.needs_vm_key(&obj, &idx) {
                    self.del_item_slow(&obj, &idx)?;
                } else {
                    del_item(&mut self.heap, &obj, &idx)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// raise, except matching, handlers, `with`.
    pub fn exec_exc(&mut self, fi: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::RaiseAssert(has_msg) => {
                if has_msg {
                    let v = self.pop(fi);
                    return Err(err_arg(ExcKind::AssertionError, "", v));
                }
                return Err(err(ExcKind::AssertionError, ""));
            }
            Op::PopExcept => {
                let b = self.frames[fi].blocks.pop().unwrap();
                let d = b.depth;
                self.exc_info = self.frames[fi].stack[d].clone();
                self.frames[fi].stack.remove(d);
                self.frames[fi].stack.remove(d);
            }
            Op::Reraise => {
                let e = self.pop(fi);
                return Err(exc_err(e, true));
            }
            Op::Raise(n) => return Err(self.do_raise(fi, n)),
            Op::CheckExcMatch => {
                let t = self.pop(fi);
                let e = self.top(fi);
                let m = self.exc_matches(&e, &t)?;
                self.push(fi, Value::Bool(m));
            }
            Op::SetupWith(h) => {
                let mgr = self.pop(fi);
                let (exit, res) = self.enter_with(&mgr)?;
                self.push(fi, exit);
                let depth = self.frames[fi].stack.len();
                let comps = self.frames[fi].comps.len();
                self.frames[fi].blocks.push(Block { handler: h, depth: depth, comps: comps, is_handler: false });
                self.push(fi, res);
            }
            Op::WithExit => {
                let exit = self.pop(fi);
                self.call_sync(&exit, vec![Value::None, Value::None, Value::None], Vec::new(), Vec::new())?;
            }
            Op::WithExceptStart => {
                let len = self.frames[fi].stack.len();
                let exit = self.frames[fi].stack[len - 3].clone();
                let e = self.frames[fi].stack[len - 1].clone();
                let cls = Value::Ref(self.heap.class_of(&e));
                let r = self.call_sync(&exit, vec![cls, e, Value::None], Vec::new(), Vec::new())?;
                let t = self.truthy(&r)?;
                self.push(fi, Value::Bool(t));
            }
            _ => {}
        }
        Ok(())
    }


    /// `Return`: Some(value) when the finished frame was MODE_SYNC.
    pub fn op_return(&mut self, fi: usize) -> Result<Option<Value>, PyErr> {
        let v = self.pop(fi);
        let f = self.frames.pop().unwrap();
        let mode = f.mode;
        let gen = f.gen;
        let aux = f.aux.clone();
        let aux2 = f.aux2;
        self.free_frames.push(f);
        if gen != 0 {
            self.finish_generator(gen);
            self.exc_info = aux;
            if mode == MODE_GEN_FOR {
                let top = self.frames.len() - 1;
                self.pop(top);
                let cpc = self.frames[top].pc - 1;
                let ccode = self.frames[top].code;
                if let Op::ForIter(t) = self.program.codes[ccode].ops[cpc] {
                    self.frames[top].pc = t;
                }
                return Ok(None);
            }
            if mode == MODE_GEN_NEXT {
                return Err(self.stop_iteration(v));
            }
            return Ok(Some(v));
        }
        if mode == MODE_SYNC {
            return Ok(Some(v));
        }
        let top = self.frames.len() - 1;
        if mode == MODE_PUSH {
            self.push(top, v);
        } else if mode == MODE_INIT {
            if let Value::None = v {
            } else {
                return Err(type_error(format!("__init__() should return None, not '{}'", self.heap.type_name(&v)).as_str()));
            }
            self.push(top, aux);
        } else if mode == MODE_CLASS {
            let r = match &aux {
                Value::Ref(c) => self.finish_class_build(*c)?,
                _ => aux,
            };
            self.push(top, r);
        } else if mode == MODE_BINOP || mode == MODE_CMP {
            if mode == MODE_CMP {
                self.c_depth -= 1;
            }
            let r = if is_notimpl(&v) { self.dunder_fallback(mode, aux2, &aux)? } else { v };
            self.push(top, r);
        } else {
            self.push(top, v);
        }
        Ok(None)
    }

    /// `Yield`: Some(value) when the generator was resumed from Rust.
    pub fn op_yield(&mut self, fi: usize) -> Result<Option<Value>, PyErr> {
        let v = self.pop(fi);
        let f = self.frames.pop().unwrap();
        let mode = f.mode;
        let g = f.gen;
        let caller_exc = f.aux.clone();
        let mut in_handler = false;
        for b in f.blocks.iter() {
            if b.is_handler {
                in_handler = true;
            }
        }
        let effective = std::mem::replace(&mut self.exc_info, caller_exc);
        let own_exc = if in_handler { effective } else { Value::None };
        if let Object::Generator(gen) = &mut self.heap.objs[g] {
            gen.frame = Some(f);
            gen.state = GEN_SUSPENDED;
            gen.exc = own_exc;
        }
        if mode == MODE_SYNC {
            return Ok(Some(v));
        }
        let top = self.frames.len() - 1;
        self.push(top, v);
        Ok(None)
    }

    /// Calls `f(a, b)` for an operator: the result is pushed on frame
    /// `fi`, or a frame with `mode` (MODE_BINOP/MODE_CMP) is pushed whose
    /// return value goes through `dunder_fallback` if NotImplemented.
    fn push_dunder(&mut self, fi: usize, f: Value, a: &Value, b: &Value, mode: u8, aux2: usize) -> Result<(), PyErr> {
        if mode == MODE_CMP {
            self.enter_check(0, " in comparison")?;
            self.c_depth += 1;
        }
        let r = self.invoke(f, vec![a.clone(), b.clone()], Vec::new(), Vec::new(), MODE_PUSH);
        let pushed = match &r {
            Ok(None) => true,
            _ => false,
        };
        if mode == MODE_CMP && !pushed {
            self.c_depth -= 1;
        }
        match r? {
            Some(v) => {
                let pair = self.heap.alloc(Object::Tuple(vec![a.clone(), b.clone()]));
                let r = if is_notimpl(&v) { self.dunder_fallback(mode, aux2, &pair)? } else { v };
                self.push(fi, r);
            }
            None => {
                let top = self.frames.len() - 1;
                self.frames[top].mode = mode;
                self.frames[top].aux2 = aux2;
                self.frames[top].aux = self.heap.alloc(Object::Tuple(vec![a.clone(), b.clone()]));
            }
        }
        Ok(())
    }

    /// The rest of the operator protocol after `a.__op__(b)` returned
    /// NotImplemented (the operands are the pair in `aux`).
    fn dunder_fallback(&mut self, mode: u8, aux2: usize, pair: &Value) -> Result<Value, PyErr> {
        let items = crate::ops::items_of(&self.heap, pair);
        let (a, b) = (items[0].clone(), items[1].clone());
        if mode == MODE_BINOP {
            let op = binop_of(aux2 % 16);
            let (_, rsym) = crate::proto::binop_syms(&op);
            if self.heap.class_of(&a) != self.heap.class_of(&b) {
                if let Some(m) = self.user_method(&b, rsym) {
                    let r = self.call1(&m, vec![b.clone(), a.clone()])?;
                    if !is_notimpl(&r) {
                        return Ok(r);
                    }
                }
            }
            // CPython's last resort: the sequence repeat (or concat) slot of
            // a built-in sequence operand.
            if let Some(e) = self.concat_error(&op, &a, &b) {
                return Err(e);
            }
            if op == crate::ast::BinOp::Mul {
                if let Some(e) = self.concat_error(&op, &b, &a) {
                    return Err(e);
                }
            }
            let inplace = aux2 >= 16;
            let s = if inplace { op.inplace_symbol() } else { op.symbol() };
            return Err(type_error(
                format!("unsupported operand type(s) for {}: '{}' and '{}'", s, self.heap.type_name(&a), self.heap.type_name(&b)).as_str(),
            ));
        }
        let op = cmpop_of(aux2);
        let (_, rsym) = crate::proto::cmp_syms(&op);
        if let Some(m) = self.user_method(&b, rsym) {
            let r = self.call1(&m, vec![b.clone(), a.clone()])?;
            if !is_notimpl(&r) {
                return Ok(r);
            }
        }
        if let Some(r) = self.wrapper_compare(&op, &a, &b)? {
            return Ok(r);
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(crate::ops::is_same(&a, &b))),
            CmpOp::NotEq => Ok(Value::Bool(!crate::ops::is_same(&a, &b))),
            _ => Err(type_error(
                format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.heap.type_name(&a),
                    self.heap.type_name(&b)
                )
                .as_str(),
            )),
        }
    }

    /// Must b's reflected method `rsym` run first (b's class is a proper
    /// subclass of a's and overrides it)?
    fn reflected_first(&self, a: &Value, b: &Value, rsym: usize) -> bool {
        if !self.is_instance(b) {
            return false;
        }
        let ca = self.heap.class_of(a);
        let cb = self.heap.class_of(b);
        ca != cb && self.heap.is_subclass(cb, ca) && self.user_method(b, rsym).is_some()
    }

    /// `str % args` where an argument's str()/repr() is user code: the
    /// %s/%r arguments are rendered first.
    fn percent_args(&mut self, fmt: &Value, args0: &Value) -> Result<(Value, Value), PyErr> {
        // A tuple subclass instance (a namedtuple, ...) supplies its items, as in CPython.
        let mut args = args0.clone();
        if let Some(base) = self.heap.payload(args0) {
            if let Some(Object::Tuple(_)) = self.heap.get(&base) {
                args = base;
            }
        }
        let args = &args;
        let (items, is_tuple) = match self.heap.get(args) {
            Some(Object::Tuple(t)) => (t.clone(), true),
            _ => (vec![args.clone()], false),
        };
        let mut needs = false;
        for x in items.iter() {
            if self.needs_render(x) {
                needs = true;
            }
        }
        if !needs {
            return Ok((fmt.clone(), args.clone()));
        }
        let mut f = self.heap.str_chars(fmt).unwrap();
        let convs = crate::format::percent_conversions(&f);
        let mut out = Vec::new();
        for k in 0..items.len() {
            let (c, at) = if k < convs.len() { convs[k] } else { (' ', 0) };
            if (c == 's' || c == 'r' || c == 'a') && self.needs_render(&items[k]) {
                let s = if c == 's' { self.v_str(&items[k])? } else { self.v_repr(&items[k])? };
                out.push(self.heap.str_from(s.as_str()));
                // The argument is rendered already: format it with %s.
                f[at] = 's';
            } else if c != 's' && c != 'r' && c != 'a' && self.heap.payload(&items[k]).is_some() {
                out.push(self.heap.unwrap_data(&items[k]));
            } else {
                out.push(items[k].clone());
            }
        }
        let newf = self.heap.new_str(f);
        if !is_tuple {
            return Ok((newf, out[0].clone()));
        }
        let t = self.heap.alloc(Object::Tuple(out));
        Ok((newf, t))
    }

    /// Does str()/repr() of `v` involve user code?
    pub fn needs_render(&self, v: &Value) -> bool {
        match self.heap.get(v) {
            Some(Object::Instance(_)) => true,
            Some(Object::Class(c)) => c.meta.is_some(),
            Some(Object::List(items)) | Some(Object::Tuple(items)) => {
                for x in items.iter() {
                    if self.needs_render(x) {
                        return true;
                    }
                }
                false
            }
            Some(Object::Dict(d)) => {
                for p in 0..d.end() {
                    if d.is_live(p) && (self.needs_render(d.key_at(p)) || self.needs_render(d.value_at(p))) {
                        return true;
                    }
                }
                false
            }
            _ => false,
        }
    }

    /// `Binary` beyond the small-int fast path.
    pub fn op_binary(&mut self, fi: usize, bop: BinOp, a: Value, b: Value, inplace: bool) -> Result<(), PyErr> {
        if bop == BinOp::Mod && self.heap.is_str(&a) {
            let (f, args) = self.percent_args(&a, &b)?;
            let r = crate::format::percent_format(&mut self.heap, &f, &args)?;
            self.push(fi, r);
            return Ok(());
        }
        // dict_keys / dict_items combine like sets (binary_slow).
        let view = |v: &Value| matches!(self.heap.get(v), Some(Object::DictView(_, k)) if *k != 1);
        let view_set_op = matches!(bop, BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) && (view(&a) || view(&b));
        if !self.needs_vm(&a) && !self.needs_vm(&b) && !view_set_op {
            let r = binary_op(&mut self.heap, &bop, &a, &b, inplace)?;
            self.push(fi, r);
            return Ok(());
        }
        if self.is_instance(&a) {
            let (sym, rsym) = crate::proto::binop_syms(&bop);
            let has_inplace = inplace && self.user_method(&a, crate::proto::inplace_sym(&bop)).is_some();
            let b_first = self.reflected_first(&a, &b, rsym);
            if !has_inplace && !b_first {
                if let Some(m) = self.user_method(&a, sym) {
                    let code = binop_index(&bop) + if inplace { 16 } else { 0 };
                    return self.push_dunder(fi, m, &a, &b, MODE_BINOP, code);
                }
            }
        }
        let r = self.binary_slow(&bop, &a, &b, inplace)?;
        self.push(fi, r);
        Ok(())
    }

    /// `Compare` beyond the int fast path.
    pub fn op_compare(&mut self, fi: usize, cop: CmpOp, a: Value, b: Value) -> Result<(), PyErr> {
        if let Some(r) = self.str_compare(&cop, &a, &b) {
            self.push(fi, Value::Bool(r));
            return Ok(());
        }
        if let Some(r) = self.plain_key_in(&cop, &a, &b)? {
            self.push(fi, Value::Bool(r));
            return Ok(());
        }
        let in_iterator = matches!(cop, CmpOp::In | CmpOp::NotIn) && self.is_iterator(&b);
        if !(self.needs_vm(&a) || self.needs_vm(&b) || self.is_container(&a) || self.is_container(&b) || in_iterator) {
            let r = compare(&self.heap, &cop, &a, &b)?;
            self.push(fi, r);
            return Ok(());
        }
        let rich = match cop {
            CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot => false,
            _ => true,
        };
        if rich && self.is_instance(&a) {
            let (sym, rsym) = crate::proto::cmp_syms(&cop);
            let b_first = self.reflected_first(&a, &b, rsym);
            let direct = cop != CmpOp::NotEq || self.user_method(&a, S_NE).is_some();
            if !b_first && direct {
                if let Some(m) = self.user_method(&a, sym) {
                    return self.push_dunder(fi, m, &a, &b, MODE_CMP, cmp_index(&cop));
                }
            }
        }
        let r = self.compare_slow(&cop, &a, &b)?;
        self.push(fi, r);
        Ok(())
    }

    /// The six orderings of two exact strs, by code point; None otherwise.
    fn str_compare(&self, cop: &CmpOp, a: &Value, b: &Value) -> Option<bool> {
        let (Value::Ref(x), Value::Ref(y)) = (a, b) else { return None };
        let (Object::Str(p), Object::Str(q)) = (&self.heap.objs[*x], &self.heap.objs[*y]) else { return None };
        let same = x == y;
        match cop {
            CmpOp::Eq => Some(same || p == q),
            CmpOp::NotEq => Some(!same && p != q),
            _ => {
                let (l, r) = crate::objects::str_order_key(p, q);
                crate::fast_arith::ordered(cop, l, r)
            }
        }
    }

    /// `in`/`not in` of an int, bool, None or exact str in an exact set,
    /// frozenset or dict: a search where the container lies, since no
    /// Python code can run (what `contains` does for these after its
    /// checks).  Not where `needs_vm_key` says the dict needs the VM (keys
    /// with a user `__eq__`, an instance's `__dict__`).  None for anything
    /// else.
    fn plain_key_in(&self, cop: &CmpOp, a: &Value, b: &Value) -> Result<Option<bool>, PyErr> {
        let want = match cop {
            CmpOp::In => true,
            CmpOp::NotIn => false,
            _ => return Ok(None),
        };
        let Value::Ref(h) = b else { return Ok(None) };
        if !(matches!(a, Value::Int(_) | Value::Bool(_) | Value::None) || self.heap.is_str(a)) {
            return Ok(None);
        }
        if self.needs_vm_key(b, a) {
            return Ok(None);
        }
        let found = match &self.heap.objs[*h] {
            Object::Set(s) | Object::FrozenSet(s) => self.heap.set_contains(s, a)?,
            Object::Dict(d) => self.heap.dict_find(d, a)?.is_some(),
            _ => return Ok(None),
        };
        Ok(Some(found == want))
    }

    /// `Call` when the callee is not a simple Python function.
    pub fn op_call(&mut self, fi: usize, argc: usize) -> Result<(), PyErr> {
        let args = self.pop_n(fi, argc);
        let callee = self.pop(fi);
        self.call_value(fi, callee, args, Vec::new(), Vec::new())
    }

    pub fn op_call_method(&mut self, fi: usize, code: usize, n: usize, argc: usize, kw: usize) -> Result<(), PyErr> {
        let len = self.frames[fi].stack.len();
        let y = self.frames[fi].stack[len - argc - 1].clone();
        let x = self.frames[fi].stack[len - argc - 2].clone();
        let is_builtin = match &y {
            Value::Builtin(m) => *m == MARK_METHOD || *m == MARK_NOSELF,
            _ => false,
        };
        if !is_builtin && kw == 0 {
            // Python method: self plus arguments move straight into the
            // callee's locals when the arity matches.
            if let Some((callee_code, nlocals)) = self.exact_function(&x, argc + 1) {
                if self.frames.len() + self.c_depth >= self.recursion_limit {
                    return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                }
                let mut frame = self.new_frame(callee_code);
                for k in (len - argc - 1)..len {
                    frame.locals.push(Some(self.frames[fi].stack[k].clone()));
                }
                while frame.locals.len() < nlocals {
                    frame.locals.push(None);
                }
                self.frames[fi].stack.truncate(len - argc - 2);
                self.frames.push(frame);
                return Ok(());
            }
        }
        let mut args = self.pop_n(fi, argc);
        self.pop(fi);
        self.pop(fi);
        let (kwnames, kwvalues) = self.split_kwargs(code, kw, &mut args);
        let mark = match &y {
            Value::Builtin(m) => *m,
            _ => 0,
        };
        if mark == MARK_METHOD {
            let name = self.program.codes[code].names[n].clone();
            let r = self.call_method(&x, name.as_str(), args, kwnames, kwvalues)?;
            self.push(fi, r);
        } else if mark == MARK_NOSELF {
            self.call_value(fi, x, args, kwnames, kwvalues)?;
        } else {
            let mut full = vec![y];
            for a in args.into_iter() {
                full.push(a);
            }
            self.call_value(fi, x, full, kwnames, kwvalues)?;
        }
        Ok(())
    }

    /// `ForIter` for iterators other than list/tuple/str/range ones.
    pub fn op_for_iter(&mut self, fi: usize, t: usize, it: Value, h: usize) -> Result<(), PyErr> {
        let is_gen = match &self.heap.objs[h] {
            Object::Generator(_) => true,
            _ => false,
        };
        if is_gen {
            if !self.resume(h, Value::None, MODE_GEN_FOR)? {
                self.pop(fi);
                self.frames[fi].pc = t;
            }
            return Ok(());
        }
        match self.next_value(&it)? {
            Some(v) => self.push(fi, v),
            None => {
                self.pop(fi);
                self.frames[fi].pc = t;
            }
        }
        Ok(())
    }

    /// `Subscr`: an instance's `__getitem__` runs in a pushed frame.
    /// `StoreSubscr` beyond the fast path: `obj[idx] = v`.
    pub fn store_subscr(&mut self, obj: &Value, idx: &Value, v: Value) -> Result<(), PyErr> {
        if let Value::Ref(h) = obj {
            // A plain dict: the store without set_item's frame.
            if self.heap.is_dict(obj) && !self.needs_vm_key(obj, idx) {
                return self.heap.dict_set_h(*h, idx, &v);
            }
        }
        if self.needs_vm(obj) || self.needs_vm_key(obj, idx) || self.is_instance(&v) && crate::bytes::is_bytearray(&self.heap, obj) {
            self.set_item_slow(obj, idx, &v)
        } else {
            set_item(&mut self.heap, obj, idx, &v)
        }
    }

    pub fn op_subscr(&mut self, fi: usize) -> Result<(), PyErr> {
        let idx = self.pop(fi);
        let obj = self.pop(fi);
        if let Some(c) = crate::fast_arith::str_index(&self.heap, &obj, &idx) {
            let v = self.heap.char_str(c);
            self.push(fi, v);
            return Ok(());
        }
        if let Value::Ref(h) = &obj {
            // A plain dict and key present: the lookup without get_item's frame.
            if self.heap.is_dict(&obj) && !self.needs_vm_key(&obj, &idx) {
                if let Some(v) = self.heap.dict_get_h(*h, &idx)? {
                    self.push(fi, v);
                    return Ok(());
                }
            }
        }
        if self.is_instance(&obj) {
            if let Some(m) = self.user_method(&obj, S_GETITEM) {
                if let Some(v) = self.invoke(m, vec![obj, idx], Vec::new(), Vec::new(), MODE_PUSH)? {
                    self.push(fi, v);
                }
                return Ok(());
            }
        }
        let r = if self.needs_vm(&obj) || self.needs_vm_key(&obj, &idx) {
            self.get_item_slow(&obj, &idx)?
        } else {
            get_item(&mut self.heap, &obj, &idx)?
        };
        self.push(fi, r);
        Ok(())
    }

    /// `LoadAttr`: a property getter runs in a pushed frame.
    pub fn op_load_attr(&mut self, fi: usize, code: usize, pc: usize, n: usize) -> Result<(), PyErr> {
        if self.load_attr_cached(fi, code, pc) {
            return Ok(());
        }
        self.load_attr_general(fi, code, pc, n)
    }

    /// `LoadAttr` of an instance slot the cache knows: the slot's value
    /// replaces the object on top of the stack.  False, with nothing done,
    /// on a miss.  Kept apart from the general path, whose many values
    /// would otherwise all be registered as roots on every load.
    fn load_attr_cached(&mut self, fi: usize, code: usize, pc: usize) -> bool {
        let epoch = self.heap.lookup_cache.epoch();
        let v = match self.frames[fi].stack.last() {
            Some(Value::Ref(h)) => match &self.heap.objs[*h] {
                Object::Instance(inst) => match self.attr_cache.find(code, pc, epoch, inst.map(), attr_cache::LOAD_SLOT) {
                    Some(e) => inst.slot(e.slot, &self.heap.inst_more).clone(),
                    None => return false,
                },
                _ => return false,
            },
            _ => return false,
        };
        let top = self.frames[fi].stack.len() - 1;
        self.frames[fi].stack[top] = v;
        true
    }

    fn load_attr_general(&mut self, fi: usize, code: usize, pc: usize, n: usize) -> Result<(), PyErr> {
        let obj = self.pop(fi);
        let sym = self.name_syms[code][n];
        if let Some(Object::Instance(inst)) = self.heap.get(&obj) {
            let cls = inst.cls(&self.heap.maps);
            let hooked = self.heap.class(cls).getattribute;
            let t = if hooked { None } else { self.heap.lookup(cls, sym) };
            let plain = match &t {
                None => true,
                Some(d) => self.is_member_descr(d),
            };
            if !hooked && plain {
                // No class attribute, so no descriptor (or a `__slots__`
                // member, which only answers a miss): the instance's own
                // slot decides, and only a miss needs the general path.
                if let Value::Ref(h) = &obj {
                    if let Some(k) = self.heap.inst_slot(*h, sym) {
                        let dunder = self.heap.syms[sym].starts_with("__");
                        let (map, v) = match &self.heap.objs[*h] {
                            Object::Instance(inst) => (inst.map(), inst.slot(k, &self.heap.inst_more).clone()),
                            _ => (0, Value::None),
                        };
                        if !dunder {
                            let epoch = self.heap.lookup_cache.epoch();
                            self.attr_cache.put(AttrEntry { code: code, pc: pc, epoch: epoch, map: map, kind: attr_cache::LOAD_SLOT, slot: k, new_map: 0, value: Value::None });
                        }
                        self.push(fi, v);
                        return Ok(());
                    }
                }
            }
            // A getter's AttributeError goes to a `__getattr__`: the general path.
            let fallback = !hooked && matches!(t.as_ref().and_then(|v| self.heap.get(v)), Some(Object::Property(_))) && self.heap.lookup_user(cls, crate::classes::S_GETATTR).is_some();
            if let (false, false, Some(t)) = (hooked, fallback, t) {
                if let Some(Object::Property(p)) = self.heap.get(&t) {
                    let g = p.fget.clone();
                    if let Some(Object::Function(_)) = self.heap.get(&g) {
                        if let Some(v) = self.invoke(g, vec![obj], Vec::new(), Vec::new(), MODE_PUSH)? {
                            self.push(fi, v);
                        }
                        return Ok(());
                    }
                }
            }
        }
        let v = self.get_attr(&obj, sym)?;
        self.push(fi, v);
        Ok(())
    }

    /// `LoadMethod`: pushes (function, self) for a plain method found on the
    /// class, else (callable, a marker) as `load_method` decides.
    pub fn op_load_method(&mut self, fi: usize, code: usize, pc: usize, n: usize) -> Result<(), PyErr> {
        if self.load_method_cached(fi, code, pc) {
            return Ok(());
        }
        self.load_method_general(fi, code, pc, n)
    }

    /// `LoadMethod` of a plain function the cache knows for the instance's
    /// map: the stack's top `obj` becomes `function, obj`.  False, with
    /// nothing done, on a miss.
    fn load_method_cached(&mut self, fi: usize, code: usize, pc: usize) -> bool {
        let epoch = self.heap.lookup_cache.epoch();
        let f = match self.frames[fi].stack.last() {
            Some(Value::Ref(h)) => match &self.heap.objs[*h] {
                Object::Instance(inst) => match self.attr_cache.find(code, pc, epoch, inst.map(), attr_cache::METHOD) {
                    Some(e) => e.value.clone(),
                    None => return false,
                },
                _ => return false,
            },
            _ => return false,
        };
        let top = self.frames[fi].stack.len() - 1;
        let obj = std::mem::replace(&mut self.frames[fi].stack[top], f);
        self.frames[fi].stack.push(obj);
        true
    }

    fn load_method_general(&mut self, fi: usize, code: usize, pc: usize, n: usize) -> Result<(), PyErr> {
        let obj = self.pop(fi);
        let sym = self.name_syms[code][n];
        if let Value::Ref(h) = &obj {
            let h = *h;
            let epoch = self.heap.lookup_cache.epoch();
            let key = match &self.heap.objs[h] {
                Object::Instance(inst) => Some((inst.cls(&self.heap.maps), inst.map())),
                _ => None,
            };
            let (x, y) = self.load_method(&obj, sym)?;
            if let Some((cls, map)) = key {
                let plain = match (&y, self.heap.get(&x)) {
                    (Value::Ref(s), Some(Object::Function(_))) => *s == h,
                    _ => false,
                };
                if plain && !self.heap.syms[sym].starts_with("__") && !self.heap.class(cls).getattribute && self.heap.lookup_cache.epoch() == epoch {
                    self.attr_cache.put(AttrEntry { code: code, pc: pc, epoch: epoch, map: map, kind: attr_cache::METHOD, slot: 0, new_map: 0, value: x.clone() });
                }
            }
            self.push(fi, x);
            self.push(fi, y);
            return Ok(());
        }
        let (x, y) = self.load_method(&obj, sym)?;
        self.push(fi, x);
        self.push(fi, y);
        Ok(())
    }

    /// `StoreAttr`: `obj.name = v`.
    pub fn op_store_attr(&mut self, fi: usize, code: usize, pc: usize, n: usize) -> Result<(), PyErr> {
        if self.store_attr_cached(fi, code, pc) {
            return Ok(());
        }
        self.store_attr_general(fi, code, pc, n)
    }

    /// `StoreAttr` into an instance slot the cache knows for the instance's
    /// map (an existing slot, or one more that moves it to the next map).
    /// False, with nothing done, on a miss.
    fn store_attr_cached(&mut self, fi: usize, code: usize, pc: usize) -> bool {
        let epoch = self.heap.lookup_cache.epoch();
        let (h, k, new_map) = match self.frames[fi].stack.last() {
            Some(Value::Ref(h)) => match &self.heap.objs[*h] {
                Object::Instance(inst) => {
                    let map = inst.map();
                    match self.attr_cache.find(code, pc, epoch, map, attr_cache::STORE_SLOT) {
                        Some(e) => (*h, e.slot, 0),
                        None => match self.attr_cache.find(code, pc, epoch, map, attr_cache::STORE_ADD) {
                            Some(e) => (*h, e.slot, e.new_map),
                            None => return false,
                        },
                    }
                }
                _ => return false,
            },
            _ => return false,
        };
        self.pop(fi);
        let v = self.pop(fi);
        if let Object::Instance(inst) = &mut self.heap.objs[h] {
            if new_map == 0 {
                inst.set_slot(k, v, &mut self.heap.inst_more);
            } else {
                inst.set_map(new_map);
                inst.add_slot(k, v, &mut self.heap.inst_more);
            }
        }
        true
    }

    fn store_attr_general(&mut self, fi: usize, code: usize, pc: usize, n: usize) -> Result<(), PyErr> {
        let obj = self.pop(fi);
        let v = self.pop(fi);
        let sym = self.name_syms[code][n];
        let h = match &obj {
            Value::Ref(h) => *h,
            _ => return self.set_attr(&obj, sym, v),
        };
        let epoch = self.heap.lookup_cache.epoch();
        let plain = match &self.heap.objs[h] {
            Object::Instance(inst) => {
                let cls = inst.cls(&self.heap.maps);
                let c = self.heap.class(cls);
                if inst.exc(&self.heap.inst_more).is_none() && !c.getattribute && c.slots.is_none() {
                    Some((cls, inst.map()))
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some((cls, map)) = plain {
            let simple = self.heap.lookup_user_cached(cls, crate::classes::S_SETATTR).is_none() && self.heap.lookup(cls, sym).is_none();
            if simple && !self.heap.syms[sym].starts_with("__") && self.heap.lookup_cache.epoch() == epoch {
                let entry = match self.heap.inst_slot(h, sym) {
                    Some(k) => AttrEntry { code: code, pc: pc, epoch: epoch, map: map, kind: attr_cache::STORE_SLOT, slot: k, new_map: 0, value: Value::None },
                    None => {
                        let m = self.heap.map_add(map, sym);
                        let k = self.heap.maps[map].names.len();
                        AttrEntry { code: code, pc: pc, epoch: epoch, map: map, kind: attr_cache::STORE_ADD, slot: k, new_map: m, value: Value::None }
                    }
                };
                self.attr_cache.put(entry);
            }
        }
        self.set_attr(&obj, sym, v)
    }

    /// The less frequent ops, by group.
    pub fn exec_cold(&mut self, fi: usize, code: usize, op: Op) -> Result<(), PyErr> {
        let group = match &op {
            Op::DeleteFast(_) | Op::LoadDeref(_) | Op::StoreDeref(_) | Op::DeleteDeref(_) | Op::LoadClosure(_) | Op::MakeCell(_) => 1,
            Op::DeleteGlobal(_) | Op::LoadName(_, _) | Op::StoreName(_) | Op::DeleteName(_) => 1,
            Op::StoreAttr(_) | Op::DeleteAttr(_) | Op::LoadMethod(_) | Op::Unary(_) | Op::GetIter => 2,
            Op::OwnIter | Op::PopIter => 2,
            Op::FormatValue(_, _) | Op::DeleteSubscr => 4,
            Op::RaiseAssert(_) | Op::PopExcept | Op::Reraise | Op::Raise(_) | Op::CheckExcMatch => 5,
            Op::SetupWith(_) | Op::WithExit | Op::WithExceptStart => 5,
            Op::Send(_) => 6,
            Op::ImportName(_, _, _) | Op::ImportFrom(_) | Op::ImportStar => 7,
            Op::MatchSeq(_, _) | Op::MatchMap(_, _) | Op::MatchClass(_, _) => 8,
            Op::BuildSlice | Op::BuildString(_) | Op::UnpackSequence(_) => 9,
            _ => 3,
        };
        if let Op::Send(t) = op {
            return self.exec_send(fi, t);
        }
        if let Op::Async(k, a) = op {
            return self.exec_async(fi, k, a);
        }
        if let Op::ExcStar(k) = op {
            return self.exec_exc_star(fi, k);
        }
        match group {
            1 => self.exec_names(fi, code, op),
            2 => self.exec_attrs(fi, code, op),
            4 => self.exec_subscr(fi, code, op),
            5 => self.exec_exc(fi, op),
            7 => self.exec_import(fi, code, op),
            8 => self.exec_match(fi, code, op),
            9 => self.exec_build_light(fi, op),
            _ => self.exec_build(fi, code, op),
        }
    }
}

pub fn binop_index(op: &BinOp) -> usize {
    match op {
        BinOp::Add => 0,
        BinOp::Sub => 1,
        BinOp::Mul => 2,
        BinOp::Div => 3,
        BinOp::FloorDiv => 4,
        BinOp::Mod => 5,
        BinOp::Pow => 6,
        BinOp::LShift => 7,
        BinOp::RShift => 8,
        BinOp::BitOr => 9,
        BinOp::BitXor => 10,
        BinOp::BitAnd => 11,
        BinOp::MatMul => 12,
    }
}

pub fn binop_of(i: usize) -> BinOp {
    match i {
        0 => BinOp::Add,
        1 => BinOp::Sub,
        2 => BinOp::Mul,
        3 => BinOp::Div,
        4 => BinOp::FloorDiv,
        5 => BinOp::Mod,
        6 => BinOp::Pow,
        7 => BinOp::LShift,
        8 => BinOp::RShift,
        9 => BinOp::BitOr,
        10 => BinOp::BitXor,
        12 => BinOp::MatMul,
        _ => BinOp::BitAnd,
    }
}

pub fn cmp_index(op: &CmpOp) -> usize {
    match op {
        CmpOp::Eq => 0,
        CmpOp::NotEq => 1,
        CmpOp::Lt => 2,
        CmpOp::LtE => 3,
        CmpOp::Gt => 4,
        _ => 5,
    }
}

pub fn cmpop_of(i: usize) -> CmpOp {
    match i {
        0 => CmpOp::Eq,
        1 => CmpOp::NotEq,
        2 => CmpOp::Lt,
        3 => CmpOp::LtE,
        4 => CmpOp::Gt,
        _ => CmpOp::GtE,
    }
}
