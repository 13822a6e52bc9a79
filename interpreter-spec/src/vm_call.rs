//! Stage 4 (continued): calls.  Argument binding for Python functions
//! (positional, keyword, defaults, `*args`, `**kwargs`, keyword-only,
//! cells and closures, CPython's arity error messages), frame push with
//! the recursion limit, class instantiation, generator creation and
//! resumption, builtin dispatch, `print`, and NameError construction with
//! "Did you mean" suggestions.
//!
//! Invariants: `invoke` either completes the call and returns its result
//! (builtins, methods of builtin types, ...) or pushes exactly one new
//! frame with the requested mode and returns None; it never runs the
//! dispatch loop itself except through `call_sync`.

use crate::builtins::{B_EXC_INIT, B_NEXT, B_OBJECT_INIT};
use crate::classes::S_CALL;
use crate::objects::{err, err_arg, type_error, ExcKind, GenObj, Object, PyErr, Value, GEN_CREATED, GEN_FINISHED, GEN_RUNNING, GEN_SUSPENDED};
use crate::suggestions::{builtin_names, module_dunders, suggest};
use crate::vm::{Vm, MODE_GEN_NEXT, MODE_INIT, MODE_PUSH, MODE_SYNC};

fn plural(n: usize) -> String {
    if n == 1 {
        String::new()
    } else {
        "s".to_string()
    }
}

/// 'a' / 'a' and 'b' / 'a', 'b', and 'c'
fn name_list(names: &Vec<String>) -> String {
    let m = names.len();
    let mut list = String::new();
    for k in 0..m {
        if k > 0 {
            list.push_str(if m == 2 { " and " } else if k == m - 1 { ", and " } else { ", " });
        }
        list.push_str(format!("'{}'", names[k]).as_str());
    }
    list
}

impl Vm {
    /// NameError for global `i` raised in code object `code`, with CPython's
    /// suggestion (locals of the code, then globals, then builtins).
    pub fn name_error(&self, code: usize, i: usize) -> PyErr {
        let name = self.program.global_names[i].clone();
        let unimplemented = self.builtin_vals[i].is_none() && crate::suggestions::is_builtin_name(name.as_str());
        if self.missing_builtin[i] || unimplemented {
            return err(ExcKind::NotImplementedError, format!("Pyrite does not support the builtin '{}' yet", name).as_str());
        }
        let msg = format!("name '{}' is not defined", name);
        self.name_error_msg(code, name.as_str(), msg)
    }

    /// NameError with message `msg` about `name`, plus the suggestion.
    pub fn name_error_msg(&self, code: usize, name: &str, msg: String) -> PyErr {
        let name = name.to_string();
        let mut msg = msg;
        let mut varnames = Vec::new();
        let c = &self.program.codes[code];
        for k in 0..c.local_names.len() {
            let n = &c.local_names[k];
            let cs = n.chars().collect::<Vec<char>>();
            if (cs.is_empty() || cs[0] != '.') && (k < c.free_start || k >= c.free_start + c.nfree) {
                varnames.push(n.clone());
            }
        }
        let mut globals = module_dunders();
        for k in self.global_order[self.code_module[code]].iter() {
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

    /// If `callee` is a Python function with a simple signature taking
    /// exactly `argc` positional parameters: (its code index, its number
    /// of locals).
    pub fn exact_function(&self, callee: &Value, argc: usize) -> Option<(usize, usize)> {
        if let Value::Ref(h) = callee {
            if let Object::Function(f) = &self.heap.objs[*h] {
                let code = &self.program.codes[f.code];
                if code.simple && code.argcount == argc {
                    return Some((f.code, code.local_names.len()));
                }
            }
        }
        None
    }

    /// Calls `callee` from the dispatch loop: the result is pushed on
    /// frame `fi`, or a new frame is pushed that will deliver it.
    pub fn call_value(&mut self, fi: usize, callee: Value, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<(), PyErr> {
        if let Some(v) = self.invoke(callee, args, kwnames, kwvalues, MODE_PUSH)? {
            self.push(fi, v);
        }
        Ok(())
    }

    /// Calls `callee` from Rust code and runs it to completion.
    pub fn call_sync(&mut self, callee: &Value, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        match self.invoke(callee.clone(), args, kwnames, kwvalues, MODE_SYNC)? {
            Some(v) => Ok(v),
            None => self.execute(),
        }
    }

    /// `call_sync` with positional arguments only.
    pub fn call1(&mut self, callee: &Value, args: Vec<Value>) -> Result<Value, PyErr> {
        self.call_sync(callee, args, Vec::new(), Vec::new())
    }

    pub fn not_callable(&self, v: &Value) -> PyErr {
        type_error(format!("'{}' object is not callable", self.heap.type_name(v)).as_str())
    }

    /// Performs a call: Some(result) if it completed, None if it pushed a
    /// frame with `mode` (MODE_PUSH or MODE_SYNC).
    pub fn invoke(&mut self, callee: Value, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>, mode: u8) -> Result<Option<Value>, PyErr> {
        // Builtins, Python functions and classes, the common callees, before `invoke_general`'s
        // frame (translated with a collector, some 40 roots registered on entry).
        match &callee {
            Value::Builtin(id) if *id != B_NEXT => return Ok(Some(self.call_builtin(*id, args, kwnames, kwvalues)?)),
            Value::Ref(h) => match &self.heap.objs[*h] {
                Object::Function(_) => return self.push_frame(*h, args, kwnames, kwvalues, mode, Value::None),
                Object::Class(_) => return self.instantiate(*h, args, kwnames, kwvalues, mode),
                _ => {}
            },
            _ => {}
        }
        self.invoke_general(callee, args, kwnames, kwvalues, mode)
    }

    fn invoke_general(&mut self, callee: Value, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>, mode: u8) -> Result<Option<Value>, PyErr> {
        let h = match &callee {
            Value::Builtin(id) => {
                let id = *id;
                if id == B_NEXT && mode == MODE_PUSH && args.len() == 1 && kwnames.is_empty() {
                    if let Some(Object::Generator(_)) = self.heap.get(&args[0]) {
                        // next(gen) from Python resumes the generator
                        // without recursing in Rust.
                        let g = match &args[0] {
                            Value::Ref(g) => *g,
                            _ => 0,
                        };
                        if self.resume(g, Value::None, MODE_GEN_NEXT)? {
                            return Ok(None);
                        }
                        return Err(self.stop_iteration(Value::None));
                    }
                }
                return Ok(Some(self.call_builtin(id, args, kwnames, kwvalues)?));
            }
            Value::Ref(h) => *h,
            _ => return Err(self.not_callable(&callee)),
        };
        let kind = match &self.heap.objs[h] {
            Object::Function(_) => 1,
            Object::Method(_, _) => 2,
            Object::BoundMethod(_, _) => 3,
            Object::Class(_) => 4,
            Object::Instance(_) => 5,
            Object::StaticMethod(_) => 6,
            Object::MethodDescr(_, _) => 7,
            Object::GenericAlias(_, _) => 8,
            _ => 0,
        };
        match kind {
            1 => self.push_frame(h, args, kwnames, kwvalues, mode, Value::None),
            2 => {
                let (f, s) = match &self.heap.objs[h] {
                    Object::Method(f, s) => (f.clone(), s.clone()),
                    _ => (Value::None, Value::None),
                };
                let mut full = vec![s];
                for a in args.into_iter() {
                    full.push(a);
                }
                self.invoke(f, full, kwnames, kwvalues, mode)
            }
            3 => {
                let (recv, name) = match &self.heap.objs[h] {
                    Object::BoundMethod(r, n) => (r.clone(), n.clone()),
                    _ => (Value::None, String::new()),
                };
                Ok(Some(self.call_method(&recv, name.as_str(), args, kwnames, kwvalues)?))
            }
            4 => self.instantiate(h, args, kwnames, kwvalues, mode),
            5 => {
                let cls = self.heap.class_of(&callee);
                match self.heap.lookup(cls, S_CALL) {
                    Some(f) => {
                        let mut full = vec![callee.clone()];
                        for a in args.into_iter() {
                            full.push(a);
                        }
                        self.invoke(f, full, kwnames, kwvalues, mode)
                    }
                    None => Err(self.not_callable(&callee)),
                }
            }
            6 => {
                let f = match &self.heap.objs[h] {
                    Object::StaticMethod(f) => f.clone(),
                    _ => Value::None,
                };
                self.invoke(f, args, kwnames, kwvalues, mode)
            }
            7 => {
                let (cls, name) = match &self.heap.objs[h] {
                    Object::MethodDescr(c, n) => (*c, n.clone()),
                    _ => (0, String::new()),
                };
                let cname = self.heap.class(cls).name.clone();
                if name.as_str() == "__new__" {
                    return Ok(Some(self.data_new(cls, args, kwnames, kwvalues)?));
                }
                if !args.is_empty() && self.heap.is_class(&args[0]) && (name.as_str() == "fromkeys" || name.as_str() == "from_bytes" || name.as_str() == "fromhex") {
                    return Ok(Some(self.data_classmethod(cls, name.as_str(), args, kwnames, kwvalues)?));
                }
                if args.is_empty() {
                    return Err(type_error(format!("unbound method {}.{}() needs an argument", cname, name).as_str()));
                }
                if !self.heap.isinstance(&args[0], cls) {
                    return Err(type_error(
                        format!(
                            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                            name,
                            cname,
                            self.heap.type_name(&args[0])
                        )
                        .as_str(),
                    ));
                }
                let mut rest = Vec::new();
                for k in 1..args.len() {
                    rest.push(args[k].clone());
                }
                Ok(Some(self.call_method(&args[0], name.as_str(), rest, kwnames, kwvalues)?))
            }
            8 => {
                let origin = match &self.heap.objs[h] {
                    Object::GenericAlias(o, _) => o.clone(),
                    _ => Value::None,
                };
                self.invoke(origin, args, kwnames, kwvalues, mode)
            }
            _ => Err(self.not_callable(&callee)),
        }
    }

    /// Calls class `cls`: builtin types run their constructor builtin;
    /// other classes get a new instance and its `__init__`.
    fn instantiate(&mut self, cls: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>, mode: u8) -> Result<Option<Value>, PyErr> {
        if mode != MODE_SYNC {
            if let Some(init) = self.plain_init(cls) {
                // What instantiate_hooks and instantiate_core do for such a class, without
                // their frames (translated with a collector, some 70 roots on entry).
                let inst = self.heap.new_instance(cls);
                let mut full = vec![inst.clone()];
                for a in args.into_iter() {
                    full.push(a);
                }
                if let Some(g) = self.push_frame(init, full, kwnames, kwvalues, MODE_INIT, inst)? {
                    return Err(self.init_not_none(&g));
                }
                return Ok(None);
            }
        }
        self.instantiate_general(cls, args, kwnames, kwvalues, mode)
    }

    /// The `__init__` function of `cls` if `cls` is a plain Python class: no metaclass, no
    /// `__new__`, not an exception or builtin type, and `__init__` written in Python.
    fn plain_init(&mut self, cls: usize) -> Option<usize> {
        let c = self.heap.class(cls);
        if c.meta.is_some() || c.builtin_fn.is_some() || c.is_builtin || c.is_exc || self.is_metaclass(cls) {
            return None;
        }
        if self.heap.lookup_user_cached(cls, crate::vm_meta::S_NEW).is_some() {
            return None;
        }
        match self.heap.lookup(cls, crate::classes::S_INIT) {
            Some(Value::Ref(h)) => match &self.heap.objs[h] {
                Object::Function(_) => Some(h),
                _ => None,
            },
            _ => None,
        }
    }

    fn init_not_none(&self, r: &Value) -> PyErr {
        type_error(format!("__init__() should return None, not '{}'", self.heap.type_name(r)).as_str())
    }

    fn instantiate_general(&mut self, cls: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>, mode: u8) -> Result<Option<Value>, PyErr> {
        if let Some(v) = self.instantiate_hooks(cls, &args, &kwnames, &kwvalues, true)? {
            return Ok(Some(v));
        }
        self.instantiate_core(cls, args, kwnames, kwvalues, mode)
    }

    /// Instantiation without `__new__` or metaclass hooks (vm_meta.rs).
    pub fn instantiate_core(&mut self, cls: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>, mode: u8) -> Result<Option<Value>, PyErr> {
        let (builtin_fn, is_builtin, is_exc, name) = {
            let c = self.heap.class(cls);
            (c.builtin_fn, c.is_builtin, c.is_exc, c.name.clone())
        };
        if let Some(b) = builtin_fn {
            return Ok(Some(self.call_builtin(b, args, kwnames, kwvalues)?));
        }
        if is_builtin && !is_exc {
            // The singletons' types return the singleton.
            let single = if cls == self.heap.types[crate::classes::T_NONE] {
                Some(Value::None)
            } else if cls == self.heap.types[crate::classes::T_NOTIMPL] {
                Some(Value::Builtin(crate::builtins::B_NOTIMPLEMENTED))
            } else if cls == self.heap.types[crate::classes::T_ELLIPSIS] {
                Some(Value::Builtin(crate::builtins::B_ELLIPSIS))
            } else {
                None
            };
            if let Some(v) = single {
                if !args.is_empty() || !kwnames.is_empty() {
                    let shown = if name == "ellipsis" { "EllipsisType".to_string() } else { name.clone() };
                    return Err(type_error(format!("{} takes no arguments", shown).as_str()));
                }
                return Ok(Some(v));
            }
            if cls == self.heap.types[crate::classes::T_METHOD] {
                // types.MethodType(function, instance)
                if !kwnames.is_empty() {
                    return Err(type_error("method() takes no keyword arguments"));
                }
                if args.len() != 2 {
                    return Err(type_error(format!("method expected 2 arguments, got {}", args.len()).as_str()));
                }
                if !self.is_callable_value(&args[0]) {
                    return Err(type_error("first argument must be callable"));
                }
                if let Value::None = &args[1] {
                    return Err(type_error("instance must not be None"));
                }
                return Ok(Some(self.heap.alloc(Object::Method(args[0].clone(), args[1].clone()))));
            }
            if cls == self.heap.types[crate::classes::T_MODULE] {
                return Ok(Some(self.new_module_object(args, kwnames, kwvalues)?));
            }
            return Err(type_error(format!("cannot create '{}' instances", name).as_str()));
        }
        let cls = if is_exc { self.os_error_class(cls, &args) } else { cls };
        let inst = self.heap.new_instance(cls);
        if is_exc {
            let t = self.heap.alloc(Object::Tuple(args.clone()));
            if let Some(st) = self.heap.exc_state_mut(&inst) {
                st.args = t;
            }
            self.os_error_init(&inst, &args);
            self.unicode_error_init(&inst, &args);
        }
        let init = self.heap.lookup(cls, crate::classes::S_INIT);
        let builtin_init = match &init {
            None => B_OBJECT_INIT,
            Some(Value::Builtin(b)) => *b,
            _ => 0,
        };
        if builtin_init == B_OBJECT_INIT {
            if !args.is_empty() || !kwnames.is_empty() {
                return Err(type_error(format!("{}() takes no arguments", name).as_str()));
            }
            return Ok(Some(inst));
        }
        if builtin_init == B_EXC_INIT {
            if !kwnames.is_empty() {
                return Err(type_error(format!("{}() takes no keyword arguments", name).as_str()));
            }
            return Ok(Some(inst));
        }
        let init = init.unwrap();
        let mut full = vec![inst.clone()];
        for a in args.into_iter() {
            full.push(a);
        }
        if mode != MODE_SYNC {
            if let Some(Object::Function(_)) = self.heap.get(&init) {
                let fh = match &init {
                    Value::Ref(fh) => *fh,
                    _ => 0,
                };
                if let Some(g) = self.push_frame(fh, full, kwnames, kwvalues, MODE_INIT, inst)? {
                    return Err(type_error(
                        format!("__init__() should return None, not '{}'", self.heap.type_name(&g)).as_str(),
                    ));
                }
                return Ok(None);
            }
        }
        let r = self.call_sync(&init, full, kwnames, kwvalues)?;
        if let Value::None = r {
        } else {
            return Err(type_error(format!("__init__() should return None, not '{}'", self.heap.type_name(&r)).as_str()));
        }
        Ok(Some(inst))
    }

    /// Binds arguments for the Python function at heap handle `h` and
    /// pushes its frame (mode, aux), or returns a new generator object for
    /// generator functions.
    pub fn push_frame(&mut self, h: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>, mode: u8, aux: Value) -> Result<Option<Value>, PyErr> {
        if kwnames.is_empty() && self.positional_fits(h, args.len()) {
            return self.push_positional_frame(h, args, mode, aux);
        }
        self.push_frame_general(h, args, kwnames, kwvalues, mode, aux)
    }

    /// Is `h` a simple function (see `exact_function`) whose parameters `argc` positional
    /// arguments and its defaults fill exactly?
    fn positional_fits(&self, h: usize, argc: usize) -> bool {
        match &self.heap.objs[h] {
            Object::Function(f) => {
                let code = &self.program.codes[f.code];
                code.simple && argc <= code.argcount && argc + f.defaults.len() >= code.argcount
            }
            _ => false,
        }
    }

    /// `push_frame` when `positional_fits`. A function of its own, as `push_frame_general`
    /// is large: translated with a collector, its frame registers some 140 roots on entry.
    fn push_positional_frame(&mut self, h: usize, args: Vec<Value>, mode: u8, aux: Value) -> Result<Option<Value>, PyErr> {
        if self.frames.len() + self.c_depth >= self.recursion_limit {
            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let code_idx = match &self.heap.objs[h] {
            Object::Function(f) => f.code,
            _ => 0,
        };
        let argcount = self.program.codes[code_idx].argcount;
        let nlocals = self.program.codes[code_idx].local_names.len();
        let mut frame = self.new_frame(code_idx);
        let given = args.len();
        for a in args.into_iter() {
            frame.locals.push(Some(a));
        }
        if given < argcount {
            if let Object::Function(f) = &self.heap.objs[h] {
                let first = f.defaults.len() - (argcount - given);
                for k in first..f.defaults.len() {
                    frame.locals.push(Some(f.defaults[k].clone()));
                }
            }
        }
        while frame.locals.len() < nlocals {
            frame.locals.push(None);
        }
        frame.mode = mode;
        frame.aux = aux;
        self.frames.push(frame);
        Ok(None)
    }

    fn push_frame_general(&mut self, h: usize, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>, mode: u8, aux: Value) -> Result<Option<Value>, PyErr> {
        let (code_idx, defaults, kwdefaults, closure) = match &self.heap.objs[h] {
            Object::Function(f) => (f.code, f.defaults.clone(), f.kwdefaults.clone(), f.closure.clone()),
            _ => panic!("push_frame on a non-function"),
        };
        let code = &self.program.codes[code_idx];
        let argc = code.argcount;
        let nkwonly = code.kwonly;
        let posonly = code.posonly;
        let has_varargs = code.has_varargs;
        let has_varkw = code.has_varkw;
        let nlocals = code.local_names.len();
        let qualname = code.qualname.clone();
        let is_gen = code.is_generator;
        let cells = code.cells.clone();
        let free_start = code.free_start;
        let mut param_names = Vec::new();
        for k in 0..(argc + nkwonly) {
            param_names.push(code.local_names[k].clone());
        }
        let nd = defaults.len();
        let mut locals: Vec<Option<Value>> = vec![None; nlocals];
        let npos = if args.len() < argc { args.len() } else { argc };
        for k in 0..npos {
            locals[k] = Some(args[k].clone());
        }
        let mut slot = argc + nkwonly;
        if has_varargs {
            let mut extra = Vec::new();
            for k in npos..args.len() {
                extra.push(args[k].clone());
            }
            locals[slot] = Some(self.heap.alloc(Object::Tuple(extra)));
            slot += 1;
        }
        let mut kw_keys = Vec::new();
        let mut kw_vals = Vec::new();
        let mut posonly_as_kw = Vec::new();
        for k in 0..kwnames.len() {
            let mut found = None;
            for p in posonly..(argc + nkwonly) {
                if param_names[p] == kwnames[k] {
                    found = Some(p);
                }
            }
            match found {
                Some(p) => {
                    if locals[p].is_some() {
                        return Err(type_error(format!("{}() got multiple values for argument '{}'", qualname, kwnames[k]).as_str()));
                    }
                    locals[p] = Some(kwvalues[k].clone());
                }
                None => {
                    if has_varkw {
                        let key = self.heap.str_from(kwnames[k].as_str());
                        kw_keys.push(key);
                        kw_vals.push(kwvalues[k].clone());
                    } else {
                        let mut is_posonly = false;
                        for p in 0..posonly {
                            if param_names[p] == kwnames[k] {
                                is_posonly = true;
                            }
                        }
                        if is_posonly {
                            posonly_as_kw.push(kwnames[k].clone());
                        } else {
                            return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", qualname, kwnames[k]).as_str()));
                        }
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            let mut list = String::new();
            for k in 0..posonly_as_kw.len() {
                if k > 0 {
                    list.push_str(", ");
                }
                list.push_str(posonly_as_kw[k].as_str());
            }
            return Err(type_error(
                format!("{}() got some positional-only arguments passed as keyword arguments: '{}'", qualname, list).as_str(),
            ));
        }
        if has_varkw {
            locals[slot] = Some(self.heap.new_dict(kw_keys, kw_vals)?);
        }
        if args.len() > argc && !has_varargs {
            let mut kwonly_given = 0;
            for p in argc..(argc + nkwonly) {
                if locals[p].is_some() {
                    kwonly_given += 1;
                }
            }
            let sig = if nd > 0 { format!("from {} to {}", argc - nd, argc) } else { format!("{}", argc) };
            let pl = if nd > 0 || argc != 1 { "s" } else { "" };
            let kwsig = if kwonly_given > 0 {
                format!(" positional argument{} (and {} keyword-only argument{})", plural(args.len()), kwonly_given, plural(kwonly_given))
            } else {
                String::new()
            };
            let given = if args.len() == 1 && kwonly_given == 0 { "was" } else { "were" };
            return Err(type_error(
                format!("{}() takes {} positional argument{} but {}{} {} given", qualname, sig, pl, args.len(), kwsig, given).as_str(),
            ));
        }
        for p in (argc - nd)..argc {
            if locals[p].is_none() {
                locals[p] = Some(defaults[p - (argc - nd)].clone());
            }
        }
        let mut missing: Vec<String> = Vec::new();
        for p in 0..argc {
            if locals[p].is_none() {
                missing.push(param_names[p].clone());
            }
        }
        if !missing.is_empty() {
            let m = missing.len();
            return Err(type_error(
                format!("{}() missing {} required positional argument{}: {}", qualname, m, plural(m), name_list(&missing)).as_str(),
            ));
        }
        if nkwonly > 0 {
            let (dk, dv) = match self.heap.get(&kwdefaults) {
                Some(Object::Dict(d)) => (d.keys(), d.values()),
                _ => (Vec::new(), Vec::new()),
            };
            for p in argc..(argc + nkwonly) {
                if locals[p].is_none() {
                    for k in 0..dk.len() {
                        if self.heap.is_str(&dk[k]) && self.heap.to_str(&dk[k]) == param_names[p] {
                            locals[p] = Some(dv[k].clone());
                        }
                    }
                }
            }
            for p in argc..(argc + nkwonly) {
                if locals[p].is_none() {
                    missing.push(param_names[p].clone());
                }
            }
            if !missing.is_empty() {
                let m = missing.len();
                return Err(type_error(
                    format!("{}() missing {} required keyword-only argument{}: {}", qualname, m, plural(m), name_list(&missing)).as_str(),
                ));
            }
        }
        for s in cells.iter() {
            let v = locals[*s].clone();
            locals[*s] = Some(self.heap.alloc(Object::Cell(v)));
        }
        for k in 0..closure.len() {
            locals[free_start + k] = Some(closure[k].clone());
        }
        let mut frame = self.new_frame(code_idx);
        for l in locals.into_iter() {
            frame.locals.push(l);
        }
        if is_gen {
            let g = self.heap.alloc(Object::Tuple(Vec::new()));
            let gh = match &g {
                Value::Ref(x) => *x,
                _ => 0,
            };
            frame.gen = gh;
            let kind = self.program.codes[code_idx].async_kind;
            self.heap.objs[gh] = Object::Generator(Box::new(GenObj { frame: Some(frame), state: GEN_CREATED, qualname: qualname, exc: Value::None, owned: false, kind: kind, wrapped: false, code: code_idx }));
            if kind == 2 {
                return Ok(Some(self.wrap_async_gen(gh)?));
            }
            return Ok(Some(g));
        }
        if self.frames.len() + self.c_depth >= self.recursion_limit {
            self.free_frames.push(frame);
            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        frame.mode = mode;
        frame.aux = aux;
        self.frames.push(frame);
        Ok(None)
    }

    /// Resumes generator `g` (sending `sent`) in a frame with `mode`.
    /// False if the generator had already finished.
    pub fn resume(&mut self, g: usize, sent: Value, mode: u8) -> Result<bool, PyErr> {
        let (state, frame) = match &mut self.heap.objs[g] {
            Object::Generator(gen) => (gen.state, gen.frame.take()),
            _ => return Ok(false),
        };
        if state == GEN_FINISHED {
            return Ok(false);
        }
        if state == GEN_RUNNING {
            return Err(err(ExcKind::ValueError, "generator already executing"));
        }
        let mut frame = frame.unwrap();
        let bad_send = match &sent {
            Value::None => false,
            _ => state == GEN_CREATED,
        };
        if bad_send || self.frames.len() + self.c_depth >= self.recursion_limit {
            if let Object::Generator(gen) = &mut self.heap.objs[g] {
                gen.frame = Some(frame);
            }
            if bad_send {
                return Err(type_error("can't send non-None value to a just-started generator"));
            }
            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        if state == GEN_SUSPENDED {
            frame.stack.push(sent);
        }
        frame.mode = mode;
        frame.aux = self.exc_info.clone();
        if let Object::Generator(gen) = &mut self.heap.objs[g] {
            gen.state = GEN_RUNNING;
            // The generator sees its own handled exception, or else the
            // caller's (CPython's exc_info chain).
            let own = std::mem::replace(&mut gen.exc, Value::None);
            if let Value::None = own {
            } else {
                self.exc_info = own;
            }
        }
        self.frames.push(frame);
        Ok(true)
    }

    /// Next value of generator `g`, run from Rust; None when exhausted.
    pub fn gen_next(&mut self, g: usize, sent: Value) -> Result<Option<Value>, PyErr> {
        if !self.resume(g, sent, MODE_SYNC)? {
            return Ok(None);
        }
        let v = self.execute()?;
        if let Object::Generator(gen) = &self.heap.objs[g] {
            if gen.state == GEN_FINISHED {
                return Ok(None);
            }
        }
        Ok(Some(v))
    }

    /// `gen.throw(exc)`: raises `exc` at the generator's yield; returns
    /// the next value it yields.
    pub fn gen_throw(&mut self, g: usize, exc: &Value) -> Result<Value, PyErr> {
        let e = if self.heap.is_exception(exc) {
            exc.clone()
        } else if self.heap.is_exc_class(exc) {
            self.call1(exc, Vec::new())?
        } else {
            return Err(type_error(
                format!("exceptions must be classes or instances deriving from BaseException, not {}", self.heap.type_name(exc)).as_str(),
            ));
        };
        if let Some(r) = self.throw_delegated(g, &e)? {
            return Ok(r);
        }
        self.gen_throw_here(g, &e)
    }

    /// `gen.throw(e)` at the generator's own yield (no delegation).
    pub fn gen_throw_here(&mut self, g: usize, e: &Value) -> Result<Value, PyErr> {
        let e = e.clone();
        let state = match &self.heap.objs[g] {
            Object::Generator(gen) => gen.state,
            _ => GEN_FINISHED,
        };
        if state == GEN_CREATED {
            // Never started: it finishes without running.
            self.finish_generator(g);
        }
        if !self.resume(g, Value::None, MODE_SYNC)? {
            self.set_context(&e);
            return Err(crate::objects::exc_err(e, false));
        }
        self.set_context(&e);
        let base = self.frames.len() - 1;
        if self.sync_depth >= crate::vm::SYNC_LIMIT {
            self.unwind(err(ExcKind::RecursionError, "maximum recursion depth exceeded"), base)?;
        } else {
            self.unwind(crate::objects::exc_err(e, false), base)?;
        }
        // A handler inside the generator caught it: run to the next yield.
        let v = self.execute()?;
        if let Object::Generator(gen) = &self.heap.objs[g] {
            if gen.state == GEN_FINISHED {
                return Err(self.stop_iteration(v));
            }
        }
        Ok(v)
    }

    /// `gen.close()`: GeneratorExit at the yield, so `finally` blocks run.
    pub fn gen_close(&mut self, g: usize) -> Result<Value, PyErr> {
        let state = match &self.heap.objs[g] {
            Object::Generator(gen) => gen.state,
            _ => GEN_FINISHED,
        };
        if state != GEN_SUSPENDED {
            self.finish_generator(g);
            return Ok(Value::None);
        }
        let cls = Value::Ref(self.heap.exc_class(ExcKind::GeneratorExit));
        match self.gen_throw(g, &cls) {
            Ok(_) => Err(err(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
            Err(e) => {
                let ge = self.heap.exc_class(ExcKind::GeneratorExit);
                let si = self.heap.exc_class(ExcKind::StopIteration);
                let ev = self.materialize(e.clone());
                if self.heap.isinstance(&ev, ge) || self.heap.isinstance(&ev, si) {
                    return Ok(Value::None);
                }
                Err(crate::objects::exc_err(ev, e.reraise))
            }
        }
    }

    pub fn stop_iteration(&self, v: Value) -> PyErr {
        match v {
            Value::None => err(ExcKind::StopIteration, ""),
            other => err_arg(ExcKind::StopIteration, "", other),
        }
    }

    pub fn print(&mut self, args: &Vec<Value>, kwnames: &Vec<String>, kwvalues: &Vec<Value>) -> Result<Value, PyErr> {
        let mut sep = " ".to_string();
        let mut end = "\n".to_string();
        let mut file = Value::None;
        let mut flush = false;
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
                flush = true;
            } else if name == "file" {
                file = v.clone();
            } else {
                return Err(type_error(format!("'{}' is an invalid keyword argument for print()", name).as_str()));
            }
        }
        if self.stdout_redirected {
            if let Value::None = file {
                if let Some(f) = self.get_global(1, "stdout") {
                    file = f;
                }
            }
        }
        if self.is_instance(&file) {
            // A Python file object sees CPython's calls: one write per item,
            // separator and end.
            for k in 0..args.len() {
                if k > 0 {
                    self.write_to(&file, sep.as_str())?;
                }
                let s = self.v_str(&args[k])?;
                self.write_to(&file, s.as_str())?;
            }
            self.write_to(&file, end.as_str())?;
            if flush {
                let sym = self.heap.intern("flush");
                let f = self.get_attr(&file, sym)?;
                self.call1(&f, Vec::new())?;
            }
            return Ok(Value::None);
        }
        let mut text = String::new();
        for k in 0..args.len() {
            if k > 0 {
                text.push_str(sep.as_str());
            }
            let s = self.v_str(&args[k])?;
            text.push_str(s.as_str());
        }
        text.push_str(end.as_str());
        if let Value::None = file {
            self.out.push_str(text.as_str());
            if self.out.len() > 8192 {
                self.check_stdout()?;
            }
        } else {
            self.write_to(&file, text.as_str())?;
        }
        if flush {
            self.check_stdout()?;
        }
        Ok(Value::None)
    }
}
