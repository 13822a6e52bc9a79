//! `sys._getframe()`: snapshots of the running Python frames as the
//! `frame` objects of lib/_tbobj.py (f_code, f_lineno, f_locals,
//! f_globals, f_back).
//!
//! Invariant: a snapshot never refers to a VM `Frame`; `f_locals` is a new
//! dict of the frame's bound locals (cells read through) when asked, and a
//! module frame's `f_locals` is its globals dict, as in CPython.

use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

impl Vm {
    /// `sys._getframe([depth])`.
    pub fn sys_getframe(&mut self, args: &Vec<Value>) -> Result<Value, PyErr> {
        let depth = match args.first() {
            None => 0,
            Some(Value::Int(d)) => *d,
            Some(Value::Bool(b)) => *b as i64,
            Some(other) => {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(other)).as_str()))
            }
        };
        let n = self.frames.len() as i64;
        if depth < 0 || depth >= n {
            if depth >= n {
                return Err(err(ExcKind::ValueError, "call stack is not deep enough"));
            }
        }
        let top = if depth < 0 { n - 1 } else { n - 1 - depth };
        let mut infos = Vec::new();
        for k in 0..=(top as usize) {
            let code = self.frames[k].code;
            let mi = self.tb_module_of(code);
            let c = &self.program.codes[code];
            let pc = self.frames[k].pc;
            let line = if pc > 0 && pc <= c.locs.len() { c.locs[pc - 1].line } else { 0 };
            let first = match c.locs.first() {
                Some(l) => l.line,
                None => 0,
            };
            let name = c.name.clone();
            let file = self.modules[mi].file.clone();
            let is_module = c.kind == crate::bytecode::CODE_MODULE;
            let g = self.module_dict(mi);
            let locals = if is_module { g.clone() } else { self.frame_locals_dict(k)? };
            let vals = vec![
                Value::Int(k as i64),
                Value::Int(code as i64),
                self.heap.str_from(name.as_str()),
                self.heap.str_from(file.as_str()),
                Value::Int(first as i64),
                Value::Int(line as i64),
                locals,
                g,
            ];
            infos.push(self.heap.alloc(Object::Tuple(vals)));
        }
        let l = self.heap.alloc(Object::List(infos));
        let m = self.import_dotted("_tbobj")?;
        let sym = self.heap.intern("_live_frames");
        let f = self.get_attr(&m, sym)?;
        self.call1(&f, vec![l])
    }

    /// `f.__code__`: a `_tbobj.code` with the parameter counts, names
    /// and flags of function `h`'s code.
    pub fn func_code_obj(&mut self, h: usize) -> Result<Value, PyErr> {
        let ci = match &self.heap.objs[h] {
            Object::Function(f) => f.code,
            _ => return Err(type_error("not a function")),
        };
        self.code_obj(ci)
    }

    /// The free variables of code object `ci` as positions in its closure,
    /// sorted by name: CPython's order of co_freevars and `__closure__`.
    pub fn free_order(&self, ci: usize) -> Vec<usize> {
        let c = &self.program.codes[ci];
        let mut named: Vec<(String, usize)> = Vec::new();
        for k in 0..c.nfree {
            named.push((c.local_names[c.free_start + k].clone(), k));
        }
        named.sort();
        let mut out = Vec::new();
        for (_, k) in named.iter() {
            out.push(*k);
        }
        out
    }

    /// The `_tbobj.code` of code object `ci`.
    pub fn code_obj(&mut self, ci: usize) -> Result<Value, PyErr> {
        let mi = self.tb_module_of(ci);
        let c = &self.program.codes[ci];
        let mut flags: i64 = 3;
        if c.has_varargs {
            flags |= 4;
        }
        if c.has_varkw {
            flags |= 8;
        }
        if c.nfree > 0 {
            flags |= 16;
        }
        flags |= match (c.async_kind, c.is_generator) {
            (1, _) => 128,
            (2, _) => 512,
            (_, true) => 32,
            _ => 0,
        };
        let first = match c.locs.first() {
            Some(l) => l.line as i64,
            None => 0,
        };
        let name = c.name.clone();
        let qualname = c.qualname.clone();
        let (argc, posonly, kwonly) = (c.argcount as i64, c.posonly as i64, c.kwonly as i64);
        let mut names = Vec::new();
        let mut frees = Vec::new();
        let mut cellvars = Vec::new();
        let mut cell_locals = Vec::new();
        // Parameters first (they stay in co_varnames even as cells).
        let nparams = c.argcount + c.kwonly + (c.has_varargs as usize) + (c.has_varkw as usize);
        for k in 0..c.local_names.len() {
            if c.local_names[k].starts_with('.') {
                continue;
            }
            if k >= c.free_start && k < c.free_start + c.nfree {
                frees.push(c.local_names[k].clone());
            } else if c.cells.contains(&k) {
                // co_cellvars: the parameters that are cells in order,
                // then the other cells sorted by name (CPython's order).
                if k < nparams {
                    cellvars.push(c.local_names[k].clone());
                    names.push(c.local_names[k].clone());
                } else {
                    cell_locals.push(c.local_names[k].clone());
                }
            } else {
                names.push(c.local_names[k].clone());
            }
        }
        cell_locals.sort();
        frees.sort();
        for n in cell_locals.iter() {
            cellvars.push(n.clone());
        }
        let file = self.modules[mi].file.clone();
        let mut nv = Vec::new();
        for n in names.iter() {
            nv.push(self.heap.str_from(n.as_str()));
        }
        let mut fv = Vec::new();
        for n in frees.iter() {
            fv.push(self.heap.str_from(n.as_str()));
        }
        let mut cv = Vec::new();
        for n in cellvars.iter() {
            cv.push(self.heap.str_from(n.as_str()));
        }
        let vals = vec![
            self.heap.str_from(name.as_str()),
            self.heap.str_from(qualname.as_str()),
            self.heap.str_from(file.as_str()),
            Value::Int(first),
            Value::Int(argc),
            Value::Int(posonly),
            Value::Int(kwonly),
            Value::Int(flags),
            self.heap.alloc(Object::Tuple(nv)),
            self.heap.alloc(Object::Tuple(fv)),
            self.heap.alloc(Object::Tuple(cv)),
        ];
        let m = self.import_dotted("_tbobj")?;
        let sym = self.heap.intern("_func_code");
        let f = self.get_attr(&m, sym)?;
        self.call1(&f, vals)
    }

    /// `_pyrite.frame_locals(k, code)`: the locals of frame `k` if it
    /// still runs `code`, else None.
    pub fn live_frame_locals(&mut self, k: i64, code: i64) -> Result<Value, PyErr> {
        if k < 0 || k as usize >= self.frames.len() || self.frames[k as usize].code as i64 != code {
            return Ok(Value::None);
        }
        self.frame_locals_dict(k as usize)
    }

    fn frame_locals_dict(&mut self, k: usize) -> Result<Value, PyErr> {
        let code = self.frames[k].code;
        let locals = self.frames[k].locals.clone();
        self.code_locals_dict(code, &locals)
    }

    /// The dict of the bound locals `locals` of a frame running `code`
    /// (cells read through).
    fn code_locals_dict(&mut self, code: usize, locals: &Vec<Option<Value>>) -> Result<Value, PyErr> {
        let names = self.program.codes[code].local_names.clone();
        let mut keys = Vec::new();
        let mut vals = Vec::new();
        for i in 0..names.len() {
            if names[i].starts_with('.') || i >= locals.len() {
                continue;
            }
            let v = match &locals[i] {
                Some(v) => v.clone(),
                None => continue,
            };
            let v = match self.heap.get(&v) {
                Some(Object::Cell(c)) => match c {
                    Some(x) => x.clone(),
                    None => continue,
                },
                _ => v,
            };
            keys.push(self.heap.str_from(names[i].as_str()));
            vals.push(v);
        }
        self.heap.new_dict(keys, vals)
    }

    /// The attributes of generator and coroutine objects: `gi_code`,
    /// `gi_running`, `gi_suspended`, `gi_frame` (a snapshot; None once
    /// finished), `gi_yieldfrom`, and the `cr_` ones of coroutines (with
    /// `cr_await`, `cr_origin`).  None for other names.
    pub fn gen_attr(&mut self, h: usize, name: &str) -> Option<Result<Value, PyErr>> {
        let (state, kind, code, pc) = match &self.heap.objs[h] {
            Object::Generator(g) => (g.state, g.kind, g.code, match &g.frame {
                Some(f) => f.pc,
                None => 0,
            }),
            _ => return None,
        };
        let prefix = if kind == 1 { "cr_" } else { "gi_" };
        if !name.starts_with(prefix) {
            return None;
        }
        let attr = &name[3..];
        let r = match attr {
            "code" => self.code_obj(code),
            "running" => Ok(Value::Bool(state == crate::objects::GEN_RUNNING)),
            "suspended" => Ok(Value::Bool(state == crate::objects::GEN_SUSPENDED)),
            "yieldfrom" if kind != 1 => Ok(Value::None),
            "await" | "origin" if kind == 1 => Ok(Value::None),
            "frame" => {
                if state == crate::objects::GEN_FINISHED {
                    return Some(Ok(Value::None));
                }
                let mut pc = pc;
                if state == crate::objects::GEN_RUNNING {
                    for f in self.frames.iter() {
                        if f.gen == h {
                            pc = f.pc;
                        }
                    }
                }
                let f = self.gen_frame_obj(code, pc, state == crate::objects::GEN_CREATED);
                if let Ok(Value::Ref(fh)) = &f {
                    // f_locals: the generator's bound locals now.
                    let mut locals: Vec<Option<Value>> = Vec::new();
                    if let Object::Generator(g) = &self.heap.objs[h] {
                        if let Some(fr) = &g.frame {
                            locals = fr.locals.clone();
                        }
                    }
                    for fr in self.frames.iter() {
                        if fr.gen == h {
                            locals = fr.locals.clone();
                        }
                    }
                    let fh = *fh;
                    match self.code_locals_dict(code, &locals) {
                        Ok(d) => {
                            let sym = self.heap.intern("f_locals");
                            self.heap.inst_set(fh, sym, d);
                        }
                        Err(e) => return Some(Err(e)),
                    }
                }
                Some(f)?
            }
            _ => return None,
        };
        Some(r)
    }

    /// A `_tbobj.frame` snapshot of a generator's frame (no f_back).
    fn gen_frame_obj(&mut self, code: usize, pc: usize, created: bool) -> Result<Value, PyErr> {
        let c = &self.program.codes[code];
        let first = match c.locs.first() {
            Some(l) => l.line,
            None => 0,
        };
        let line = if !created && pc > 0 && pc <= c.locs.len() { c.locs[pc - 1].line } else { first };
        let mi = self.tb_module_of(code);
        let co = self.code_obj(code)?;
        let g = self.module_dict(mi);
        let m = self.import_dotted("_tbobj")?;
        let sym = self.heap.intern("frame");
        let f = self.get_attr(&m, sym)?;
        self.call1(&f, vec![co, Value::Int(line as i64), g, Value::None])
    }
}
