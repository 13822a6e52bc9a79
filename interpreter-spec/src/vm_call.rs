//! Stage 4 (continued): calls.  Argument binding for Python functions
//! (positional, keyword, defaults, CPython's arity error messages), frame
//! push with the recursion limit, builtin dispatch, `print`, and NameError
//! construction with "Did you mean" suggestions.
//!
//! Invariants: a call either pushes exactly one result on the caller's
//! stack (builtins, methods) or pushes exactly one new frame (Python
//! functions); nothing here re-enters the dispatch loop.

use crate::builtins::{call_builtin, PRINT};
use crate::methods::call_method;
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::suggestions::{builtin_names, module_dunders, suggest};
use crate::vm::{Vm, RECURSION_LIMIT};

impl Vm {
    /// NameError for global `i` raised in code object `code`, with CPython's
    /// suggestion (locals of the code, then globals, then builtins).
    pub fn name_error(&self, code: usize, i: usize) -> PyErr {
        let name = self.program.global_names[i].clone();
        if self.missing_builtin[i] {
            return err(ExcKind::NotImplementedError, format!("Pyrite does not support the builtin '{}' yet", name).as_str());
        }
        let mut msg = format!("name '{}' is not defined", name);
        let mut varnames = Vec::new();
        for n in self.program.codes[code].local_names.iter() {
            let cs = n.chars().collect::<Vec<char>>();
            if cs.is_empty() || cs[0] != '.' {
                varnames.push(n.clone());
            }
        }
        let mut globals = module_dunders();
        for k in self.global_order.iter() {
            globals.push(self.program.global_names[*k].clone());
        }
        let mut found = suggest(name.as_str(), &varnames);
        if found.is_none() {
            found = suggest(name.as_str(), &globals);
        }
        if found.is_none() {
            found = suggest(name.as_str(), &builtin_names());
        }
        if let Some(s) = found {
            msg.push_str(format!(". Did you mean: '{}'?", s).as_str());
        }
        err(ExcKind::NameError, msg.as_str())
    }

    /// Splits the trailing keyword values off `args` (kw = 0: none, else
    /// 1 + index into the code object's kwnames).
    pub fn split_kwargs(&self, code: usize, kw: usize, args: &mut Vec<Value>) -> (Vec<String>, Vec<Value>) {
        if kw == 0 {
            return (Vec::new(), Vec::new());
        }
        let names = self.program.codes[code].kwnames[kw - 1].clone();
        let npos = args.len() - names.len();
        let mut values = Vec::new();
        for k in npos..args.len() {
            values.push(args[k].clone());
        }
        args.truncate(npos);
        (names, values)
    }

    /// Calls `callee`: builtins run to completion and push their result on
    /// frame `fi`; Python functions push a new frame.
    pub fn call_value(&mut self, fi: usize, callee: Value, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<(), PyErr> {
        match callee {
            Value::Builtin(id) => {
                let r = if id == PRINT { self.print(&args, &kwnames, &kwvalues)? } else { call_builtin(&mut self.heap, id, &args, &kwnames, &kwvalues)? };
                self.push(fi, r);
                Ok(())
            }
            Value::Ref(h) => {
                let (is_func, method) = match &self.heap.objs[h] {
                    Object::Function(_) => (true, None),
                    Object::BoundMethod(recv, name) => (false, Some((recv.clone(), name.clone()))),
                    _ => (false, None),
                };
                if is_func {
                    return self.push_frame(h, args, kwnames, kwvalues);
                }
                if let Some((recv, name)) = method {
                    let r = call_method(&mut self.heap, &recv, name.as_str(), &args, &kwnames, &kwvalues)?;
                    self.push(fi, r);
                    return Ok(());
                }
                Err(type_error(format!("'{}' object is not callable", self.heap.type_name(&callee)).as_str()))
            }
            other => Err(type_error(format!("'{}' object is not callable", self.heap.type_name(&other)).as_str())),
        }
    }

    /// Binds arguments for the Python function at heap handle `h` and
    /// pushes its frame.
    pub fn push_frame(&mut self, h: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<(), PyErr> {
        let (code_idx, nd) = match &self.heap.objs[h] {
            Object::Function(f) => (f.code, f.defaults.len()),
            _ => panic!("push_frame on a non-function"),
        };
        if self.frames.len() >= RECURSION_LIMIT {
            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let code = &self.program.codes[code_idx];
        let argc = code.argcount;
        let nlocals = code.local_names.len();
        let fname = code.name.clone();
        if args.len() > argc {
            let takes = if nd == 0 {
                format!("{} positional argument{}", argc, if argc == 1 { "" } else { "s" })
            } else {
                format!("from {} to {} positional arguments", argc - nd, argc)
            };
            let given = if args.len() == 1 { "was" } else { "were" };
            return Err(type_error(format!("{}() takes {} but {} {} given", fname, takes, args.len(), given).as_str()));
        }
        let mut locals: Vec<Option<Value>> = vec![None; nlocals];
        for k in 0..args.len() {
            locals[k] = Some(args[k].clone());
        }
        for k in 0..kwnames.len() {
            let mut slot = None;
            for p in 0..argc {
                if code.local_names[p] == kwnames[k] {
                    slot = Some(p);
                }
            }
            match slot {
                None => {
                    return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, kwnames[k]).as_str()))
                }
                Some(p) => {
                    if locals[p].is_some() {
                        return Err(type_error(format!("{}() got multiple values for argument '{}'", fname, kwnames[k]).as_str()));
                    }
                    locals[p] = Some(kwvalues[k].clone());
                }
            }
        }
        if let Object::Function(f) = &self.heap.objs[h] {
            for p in (argc - nd)..argc {
                if locals[p].is_none() {
                    locals[p] = Some(f.defaults[p - (argc - nd)].clone());
                }
            }
        }
        let mut missing: Vec<String> = Vec::new();
        for p in 0..argc {
            if locals[p].is_none() {
                missing.push(format!("'{}'", code.local_names[p]));
            }
        }
        if !missing.is_empty() {
            let m = missing.len();
            let mut list = String::new();
            for k in 0..m {
                if k > 0 {
                    list.push_str(if m == 2 { " and " } else if k == m - 1 { ", and " } else { ", " });
                }
                list.push_str(missing[k].as_str());
            }
            return Err(type_error(
                format!("{}() missing {} required positional argument{}: {}", fname, m, if m == 1 { "" } else { "s" }, list).as_str(),
            ));
        }
        let mut frame = self.new_frame(code_idx);
        for l in locals.iter() {
            frame.locals.push(l.clone());
        }
        self.frames.push(frame);
        Ok(())
    }

    pub fn print(&mut self, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
        let mut sep = " ".to_string();
        let mut end = "\n".to_string();
        for k in 0..kwnames.len() {
            let name = kwnames[k].as_str();
            let v = &kwvalues[k];
            if name == "sep" || name == "end" {
                let s = match v {
                    Value::None => None,
                    _ => {
                        if !self.heap.is_str(v) {
                            return Err(type_error(format!("{} must be None or a string, not {}", name, self.heap.type_name(v)).as_str()));
                        }
                        Some(self.heap.to_str(v))
                    }
                };
                if let Some(s) = s {
                    if name == "sep" {
                        sep = s;
                    } else {
                        end = s;
                    }
                }
            } else if name == "flush" {
                self.flush();
            } else {
                return Err(type_error(format!("'{}' is an invalid keyword argument for print()", name).as_str()));
            }
        }
        for k in 0..args.len() {
            if k > 0 {
                self.out.push_str(sep.as_str());
            }
            let s = self.heap.to_str(&args[k]);
            self.out.push_str(s.as_str());
        }
        self.out.push_str(end.as_str());
        if self.out.len() > 8192 {
            self.flush();
        }
        Ok(Value::None)
    }
}
