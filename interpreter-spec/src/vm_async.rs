//! Coroutines (stage 4): `await`, `async for`, `async with` (`Op::Async`)
//! and the native half of async generators.
//!
//! Invariants:
//! - A coroutine is a `GenObj` of kind 1 (an `async def` without yield);
//!   `await x` is `yield from` over `x`'s awaitable (the coroutine itself,
//!   or what `x.__await__()` returns), so the event loop (lib/asyncio.py)
//!   drives coroutines with `send`/`throw` like generators.
//! - An async generator is the Python object `_asyncgen.async_generator`
//!   (lib/_asyncgen.py) around a `GenObj` of kind 2.  Its value yields
//!   are preceded by `Op::Async(8)`, which sets `GenObj::wrapped`; any
//!   other yield is an await passing a value up to the event loop.
//!   `_agsend`/`_agthrow` resume it and report which happened:
//!   (0, v) await yield, (1, v) value yield, (2, None) finished.

use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value, GEN_FINISHED};
use crate::vm::{Block, Vm};

impl Vm {
    /// `Op::Async(k, a)` (see bytecode.rs).
    pub fn exec_async(&mut self, fi: usize, k: u8, a: usize) -> Result<(), PyErr> {
        match k {
            0 => {
                let v = self.pop(fi);
                let r = self.get_awaitable(&v, "")?;
                self.push(fi, r);
            }
            1 => {
                let v = self.pop(fi);
                let sym = self.heap.intern("__aiter__");
                let m = match self.special_method(&v, sym) {
                    Some(m) => m,
                    None => {
                        return Err(type_error(
                            format!("'async for' requires an object with __aiter__ method, got {}", self.heap.type_name(&v)).as_str(),
                        ))
                    }
                };
                let it = self.call1(&m, vec![v])?;
                let nsym = self.heap.intern("__anext__");
                if self.special_method(&it, nsym).is_none() {
                    return Err(type_error(
                        format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", self.heap.type_name(&it))
                            .as_str(),
                    ));
                }
                self.push(fi, it);
            }
            2 => {
                let it = self.top(fi);
                let sym = self.heap.intern("__anext__");
                let m = match self.special_method(&it, sym) {
                    Some(m) => m,
                    None => {
                        return Err(type_error(
                            format!("'async for' requires an iterator with __anext__ method, got {}", self.heap.type_name(&it)).as_str(),
                        ))
                    }
                };
                let aw = self.call1(&m, vec![it])?;
                let r = self.get_awaitable(&aw, "anext")?;
                self.push(fi, r);
            }
            3 => {
                let e = self.top(fi);
                let sai = self.heap.exc_classes[63];
                if !self.heap.isinstance(&e, sai) {
                    let e = self.pop(fi);
                    return Err(crate::objects::exc_err(e, true));
                }
                let b = self.frames[fi].blocks.pop().unwrap();
                let d = b.depth;
                self.exc_info = self.frames[fi].stack[d].clone();
                self.frames[fi].stack.truncate(d);
                self.pop(fi);
            }
            4 => {
                let mgr = self.pop(fi);
                let tname = self.heap.type_name(&mgr);
                let esym = self.heap.intern("__aenter__");
                let xsym = self.heap.intern("__aexit__");
                let enter = self.special_method(&mgr, esym);
                let exit = self.special_method(&mgr, xsym);
                let enter = match enter {
                    Some(e) => e,
                    None => {
                        return Err(type_error(format!("'{}' object does not support the asynchronous context manager protocol", tname).as_str()))
                    }
                };
                let exit = match exit {
                    Some(e) => e,
                    None => {
                        return Err(type_error(
                            format!("'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)", tname)
                                .as_str(),
                        ))
                    }
                };
                let bound = self.heap.alloc(Object::Method(exit, mgr.clone()));
                let aw = self.call1(&enter, vec![mgr])?;
                let r = self.get_awaitable(&aw, "aenter")?;
                self.push(fi, bound);
                self.push(fi, r);
            }
            5 => {
                let res = self.pop(fi);
                let depth = self.frames[fi].stack.len();
                let comps = self.frames[fi].comps.len();
                self.frames[fi].blocks.push(Block { handler: a, depth: depth, comps: comps, is_handler: false });
                self.push(fi, res);
            }
            6 => {
                let exit = self.pop(fi);
                let aw = self.call_sync(&exit, vec![Value::None, Value::None, Value::None], Vec::new(), Vec::new())?;
                let r = self.get_awaitable(&aw, "aexit")?;
                self.push(fi, r);
            }
            7 => {
                let len = self.frames[fi].stack.len();
                let exit = self.frames[fi].stack[len - 3].clone();
                let e = self.frames[fi].stack[len - 1].clone();
                let cls = Value::Ref(self.heap.class_of(&e));
                let aw = self.call_sync(&exit, vec![cls, e, Value::None], Vec::new(), Vec::new())?;
                let r = self.get_awaitable(&aw, "aexit")?;
                self.push(fi, r);
            }
            _ => {
                let g = self.frames[fi].gen;
                if let Object::Generator(gen) = &mut self.heap.objs[g] {
                    gen.wrapped = true;
                }
            }
        }
        Ok(())
    }

    /// A method of `v`'s class (user classes only; builtin types have no
    /// async protocols).
    fn special_method(&mut self, v: &Value, sym: usize) -> Option<Value> {
        self.user_method(v, sym)
    }

    /// The iterator `await v` delegates to.  `what` names the protocol
    /// method that produced `v` for error messages ("" for `await`).
    pub fn get_awaitable(&mut self, v: &Value, what: &str) -> Result<Value, PyErr> {
        if let Some(Object::Generator(g)) = self.heap.get(v) {
            if g.kind == 1 {
                return Ok(v.clone());
            }
        }
        let sym = self.heap.intern("__await__");
        if let Some(m) = self.special_method(v, sym) {
            let it = self.call1(&m, vec![v.clone()])?;
            let ok = match self.heap.get(&it) {
                Some(Object::Generator(g)) => {
                    if g.kind == 1 {
                        return Err(type_error("__await__() returned a coroutine"));
                    }
                    true
                }
                Some(Object::Instance(_)) => self.user_method(&it, crate::classes::S_NEXT).is_some(),
                _ => false,
            };
            if !ok {
                return Err(type_error(format!("__await__() returned non-iterator of type '{}'", self.heap.type_name(&it)).as_str()));
            }
            return Ok(it);
        }
        let t = self.heap.type_name(v);
        let msg = match what {
            "anext" => format!("'async for' received an invalid object from __anext__: {}", t),
            "aenter" => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", t),
            "aexit" => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", t),
            _ => format!("object {} can't be used in 'await' expression", t),
        };
        Err(type_error(msg.as_str()))
    }

    /// Wraps the new generator `g` of an async generator function in
    /// `_asyncgen.async_generator`.
    pub fn wrap_async_gen(&mut self, g: usize) -> Result<Value, PyErr> {
        let m = self.import_dotted("_asyncgen")?;
        let sym = self.heap.intern("async_generator");
        let cls = self.get_attr(&m, sym)?;
        let qn = match &self.heap.objs[g] {
            Object::Generator(gen) => gen.qualname.clone(),
            _ => String::new(),
        };
        let qv = self.heap.str_from(qn.as_str());
        self.call1(&cls, vec![Value::Ref(g), qv])
    }

    /// `__await__`, `_agsend`, `_agthrow` of generator objects.
    pub fn coro_method(&mut self, g: usize, name: &str, args: Vec<Value>) -> Result<Value, PyErr> {
        if name == "__await__" {
            return Ok(Value::Ref(g));
        }
        if args.len() != 1 {
            return Err(type_error(format!("{}() takes exactly one argument ({} given)", name, args.len()).as_str()));
        }
        if let Object::Generator(gen) = &mut self.heap.objs[g] {
            gen.wrapped = false;
        }
        let (tag, v) = if name == "_agsend" {
            let (done, v) = self.gen_send_full(g, args[0].clone())?;
            if done {
                (2, Value::None)
            } else {
                (self.wrapped_tag(g), v)
            }
        } else {
            match self.gen_throw(g, &args[0]) {
                Ok(v) => (self.wrapped_tag(g), v),
                Err(e) => {
                    let finished = match &self.heap.objs[g] {
                        Object::Generator(gen) => gen.state == GEN_FINISHED,
                        _ => true,
                    };
                    if finished && self.exc_is(&e, ExcKind::StopIteration) {
                        (2, Value::None)
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        Ok(self.heap.alloc(Object::Tuple(vec![Value::Int(tag), v])))
    }

    fn wrapped_tag(&self, g: usize) -> i64 {
        match &self.heap.objs[g] {
            Object::Generator(gen) if gen.wrapped => 1,
            _ => 0,
        }
    }

    /// Sends `sent` into a non-generator iterator under `yield from` /
    /// `await`: (finished, yielded value or StopIteration's value).
    pub fn send_to_iter(&mut self, it: &Value, sent: Value) -> Result<(bool, Value), PyErr> {
        if let Some(Object::Instance(_)) = self.heap.get(it) {
            let name = match &sent {
                Value::None => "__next__",
                _ => "send",
            };
            let sym = self.heap.intern(name);
            let m = self.get_attr(it, sym)?;
            let args = match sent {
                Value::None => Vec::new(),
                other => vec![other],
            };
            return match self.call_sync(&m, args, Vec::new(), Vec::new()) {
                Ok(v) => Ok((false, v)),
                Err(e) => {
                    if self.is_stop(&e) {
                        let ev = self.materialize(e);
                        let v = self.get_attr(&ev, crate::classes::S_VALUE)?;
                        return Ok((true, v));
                    }
                    Err(e)
                }
            };
        }
        let r = match sent {
            Value::None => self.next_value(it)?,
            other => Some(self.call_method(it, "send", vec![other], Vec::new(), Vec::new())?),
        };
        match r {
            Some(x) => Ok((false, x)),
            None => Ok((true, Value::None)),
        }
    }

    /// RuntimeError for awaiting a finished coroutine.
    pub fn reused_coroutine(&self, g: usize) -> Option<PyErr> {
        match &self.heap.objs[g] {
            Object::Generator(gen) if gen.kind == 1 && gen.state == GEN_FINISHED => {
                Some(err(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"))
            }
            _ => None,
        }
    }
}
