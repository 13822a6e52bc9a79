//! Traceback objects (`exc.__traceback__`, `sys.exc_info()[2]`,
//! `with_traceback`).  An exception keeps its traceback as entries
//! (objects.rs TraceEntry, outermost first); the `traceback`, `frame` and
//! `code` objects Python sees are instances of classes of the frozen
//! module `_tbobj` (lib/_tbobj.py), built from those entries when asked
//! for, and kept on the exception while its entries stay the same, so two
//! reads of `__traceback__` give the same object.
//!
//! Invariants:
//! - The `_pyrite` services here name an entry by (code, pc, label), the
//!   fields of TraceEntry; `set_tb` accepts only entries whose code and pc
//!   exist.
//! - `format_tb` gives one string per entry, as CPython's
//!   `traceback.format_tb` (repeated runs collapse into the last one's
//!   "[Previous line repeated ...]").

use crate::bytecode::Loc;
use crate::objects::{type_error, Object, PyErr, TraceEntry, Value};
use crate::vm::Vm;

/// The builtin `__import__` (kept here with the other late additions).
pub const B_IMPORT: usize = 530;
/// `object.__eq__`, `__ne__`, `__lt__`, `__le__`, `__gt__`, `__ge__`
/// (slot builtins in object's class dict; the comparison protocol never
/// calls them: it looks for user methods only).
pub const B_OBJECT_CMP_FIRST: usize = 531;
pub const B_OBJECT_CMP_END: usize = 537;

pub fn object_cmp_name(id: usize) -> &'static str {
    match id {
        531 => "__eq__",
        532 => "__ne__",
        533 => "__lt__",
        534 => "__le__",
        535 => "__gt__",
        _ => "__ge__",
    }
}

impl Vm {
    fn tbobj_fn(&mut self, name: &str) -> Result<Value, PyErr> {
        let m = self.import_dotted("_tbobj")?;
        let sym = self.heap.intern(name);
        self.get_attr(&m, sym)
    }

    /// `exc.__traceback__`: None or a new `traceback` object.
    pub fn traceback_of(&mut self, exc: &Value) -> Result<Value, PyErr> {
        let (empty, cached) = match self.heap.exc_state(exc) {
            Some(st) => (st.tb.is_empty(), if st.tb_obj_len == st.tb.len() { st.tb_obj.clone() } else { Value::None }),
            None => (true, Value::None),
        };
        if empty {
            return Ok(Value::None);
        }
        if !matches!(cached, Value::None) {
            return Ok(cached);
        }
        let f = self.tbobj_fn("_make")?;
        let tb = self.call1(&f, vec![exc.clone()])?;
        if let Some(st) = self.heap.exc_state_mut(exc) {
            st.tb_obj = tb.clone();
            st.tb_obj_len = st.tb.len();
        }
        Ok(tb)
    }

    /// `exc.__traceback__ = tb` / `exc.with_traceback(tb)`.
    pub fn set_traceback(&mut self, exc: &Value, tb: &Value) -> Result<(), PyErr> {
        let mut entries = Vec::new();
        if !matches!(tb, Value::None) {
            let f = self.tbobj_fn("_entries")?;
            let l = self.call1(&f, vec![tb.clone()])?;
            if matches!(l, Value::None) {
                return Err(type_error("__traceback__ must be a traceback or None"));
            }
            entries = self.entries_from(&l)?;
        }
        if let Some(st) = self.heap.exc_state_mut(exc) {
            st.tb = entries;
            st.tb_obj = Value::None;
        }
        Ok(())
    }

    fn entries_from(&mut self, l: &Value) -> Result<Vec<TraceEntry>, PyErr> {
        let items = self.collect(l)?;
        let mut out = Vec::new();
        for it in items.iter() {
            let t = crate::ops::items_of(&self.heap, it);
            if t.len() != 3 {
                return Err(type_error("bad traceback entry"));
            }
            let mut n = Vec::new();
            for v in t.iter() {
                match v {
                    Value::Int(i) if *i >= 0 => n.push(*i as usize),
                    _ => return Err(type_error("bad traceback entry")),
                }
            }
            if n[0] >= self.program.codes.len() || n[1] >= self.program.codes[n[0]].locs.len() {
                return Err(type_error("bad traceback entry"));
            }
            out.push(TraceEntry { code: n[0], pc: n[1], label: n[2] as u8 });
        }
        Ok(out)
    }

    fn entry_name(&self, t: &TraceEntry) -> String {
        let code = &self.program.codes[t.code];
        match t.label {
            0 => code.name.clone(),
            1 => "<listcomp>".to_string(),
            2 => "<genexpr>".to_string(),
            3 => "<setcomp>".to_string(),
            _ => "<dictcomp>".to_string(),
        }
    }

    /// `_pyrite.tb_entries(exc)`: for each entry, outermost first,
    /// (code, pc, label, filename, name, lineno, source line, module
    /// globals, first line of the code, the frame's current line).
    pub fn tb_entries(&mut self, exc: &Value) -> Result<Value, PyErr> {
        let tb = match self.heap.exc_state(exc) {
            Some(st) => st.tb.clone(),
            None => return Err(type_error("tb_entries() needs an exception")),
        };
        let live_line = match tb.first() {
            Some(t0) => self.live_line(t0.code),
            None => 0,
        };
        let mut out = Vec::new();
        for t in tb.iter() {
            let name = self.entry_name(t);
            let mi = self.tb_module_of(t.code);
            let line = self.program.codes[t.code].locs[t.pc].line;
            let frame_line = if out.is_empty() && live_line > 0 { live_line } else { line };
            let first = match self.program.codes[t.code].locs.first() {
                Some(l) => l.line,
                None => 0,
            };
            let file = self.modules[mi].file.clone();
            let mut text = String::new();
            if self.modules[mi].show_source && line >= 1 && line <= self.modules[mi].lines.len() {
                let s: String = self.modules[mi].lines[line - 1].iter().collect();
                text = s.trim().to_string();
            }
            let g = self.module_dict(mi);
            let vals = vec![
                Value::Int(t.code as i64),
                Value::Int(t.pc as i64),
                Value::Int(t.label as i64),
                self.heap.str_from(file.as_str()),
                self.heap.str_from(name.as_str()),
                Value::Int(line as i64),
                self.heap.str_from(text.as_str()),
                g,
                Value::Int(first as i64),
                Value::Int(frame_line as i64),
            ];
            out.push(self.heap.alloc(Object::Tuple(vals)));
        }
        Ok(self.heap.alloc(Object::List(out)))
    }

    /// `_pyrite.format_tb(entries)`: CPython's `format_tb` strings.
    pub fn format_tb_list(&mut self, l: &Value) -> Result<Value, PyErr> {
        let entries = self.entries_from(l)?;
        let mut full: Vec<(String, Loc, usize)> = Vec::new();
        for t in entries.iter() {
            let name = self.entry_name(t);
            let mi = self.tb_module_of(t.code);
            full.push((name, self.program.codes[t.code].locs[t.pc].clone(), mi));
        }
        let text = crate::traceback::format_tb(&self.modules, &full);
        let mut lines: Vec<String> = Vec::new();
        let mut cur = String::new();
        for c in text.chars() {
            cur.push(c);
            if c == '\n' {
                lines.push(cur);
                cur = String::new();
            }
        }
        let mut parts: Vec<String> = Vec::new();
        for k in 1..lines.len() {
            let line = lines[k].as_str();
            if line.starts_with("  File \"") || parts.is_empty() {
                parts.push(line.to_string());
            } else {
                let j = parts.len() - 1;
                parts[j].push_str(line);
            }
        }
        let mut vals = Vec::new();
        for p in parts.iter() {
            vals.push(self.heap.str_from(p.as_str()));
        }
        Ok(self.heap.alloc(Object::List(vals)))
    }

    /// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
    pub fn builtin_import(&mut self, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let pnames = ["name", "globals", "locals", "fromlist", "level"];
        let mut vals: Vec<Value> = vec![Value::None, Value::None, Value::None, Value::None, Value::Int(0)];
        let mut given = [false; 5];
        if args.len() > 5 {
            return Err(type_error(format!("__import__() takes at most 5 arguments ({} given)", args.len()).as_str()));
        }
        for k in 0..args.len() {
            vals[k] = args[k].clone();
            given[k] = true;
        }
        for k in 0..kwnames.len() {
            let mut found = false;
            for j in 0..5 {
                if kwnames[k].as_str() == pnames[j] {
                    if given[j] {
                        return Err(type_error(format!("argument for __import__() given by name ('{}') and position ({})", pnames[j], j + 1).as_str()));
                    }
                    vals[j] = kwvalues[k].clone();
                    given[j] = true;
                    found = true;
                }
            }
            if !found {
                return Err(type_error(format!("'{}' is an invalid keyword argument for __import__()", kwnames[k]).as_str()));
            }
        }
        if !given[0] {
            return Err(type_error("__import__() missing required argument 'name' (pos 1)"));
        }
        if !self.heap.is_str(&vals[0]) {
            return Err(type_error("module name must be a string"));
        }
        let name = self.heap.to_str(&vals[0]);
        let level = match &vals[4] {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => return Err(type_error("'level' must be an integer")),
        };
        if level < 0 {
            return Err(crate::objects::err(crate::objects::ExcKind::ValueError, "level must be >= 0"));
        }
        let mut full = name.clone();
        if level > 0 {
            let mut package = String::new();
            if let (Some(Object::Dict(_)), Value::Ref(gh)) = (self.heap.get(&vals[1]), &vals[1]) {
                let gh = *gh;
                let key = self.heap.str_from("__package__");
                if let Ok(Some(p)) = self.heap.dict_get_h(gh, &key) {
                    if self.heap.is_str(&p) {
                        package = self.heap.to_str(&p);
                    }
                }
            }
            if package.is_empty() {
                return Err(crate::objects::err(crate::objects::ExcKind::ImportError, "attempted relative import with no known parent package"));
            }
            for _ in 1..level {
                package = crate::vm_import::parent_name(package.as_str());
            }
            full = if name.is_empty() { package } else { format!("{}.{}", package, name) };
        } else if name.is_empty() {
            return Err(crate::objects::err(crate::objects::ExcKind::ValueError, "Empty module name"));
        }
        let module = self.import_dotted(full.as_str())?;
        let fromlist = match &vals[3] {
            Value::None => false,
            v => self.truthy(v)?,
        };
        if fromlist || level > 0 {
            if fromlist {
                let items = self.collect(&vals[3])?;
                let mi = self.module_index(&module);
                let is_pkg = match mi {
                    Some(i) => !self.modules[i].pkg_dir.is_empty(),
                    None => false,
                };
                if is_pkg {
                    for it in items.iter() {
                        if self.heap.is_str(it) {
                            let sub = self.heap.to_str(it);
                            if sub != "*" {
                                let has = match mi {
                                    Some(i) => self.get_global(i, sub.as_str()).is_some(),
                                    None => true,
                                };
                                if !has {
                                    let _ = self.import_dotted(format!("{}.{}", full, sub).as_str());
                                }
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        let top = match full.find('.') {
            Some(i) => full[..i].to_string(),
            None => full.clone(),
        };
        match self.lookup_module(top.as_str()) {
            Some(t) => Ok(t),
            None => Ok(module),
        }
    }

    /// `object.__eq__(a, b)` and the other default comparisons.
    pub fn call_object_cmp(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        let name = object_cmp_name(id);
        self.no_kw(name, &kwnames)?;
        if args.len() != 2 {
            if args.is_empty() {
                return Err(type_error(format!("descriptor '{}' of 'object' object needs an argument", name).as_str()));
            }
            return Err(type_error(format!("expected 1 argument, got {}", args.len() - 1).as_str()));
        }
        let notimpl = Value::Builtin(crate::builtins::B_NOTIMPLEMENTED);
        if id == 531 {
            return Ok(if crate::ops::is_same(&args[0], &args[1]) { Value::Bool(true) } else { notimpl });
        }
        if id == 532 {
            // The inverse of the type's __eq__ (object's, unless overridden).
            let eq = match self.user_method(&args[0], crate::classes::S_EQ) {
                Some(m) => self.call1(&m, vec![args[0].clone(), args[1].clone()])?,
                None => {
                    if self.is_instance(&args[0]) {
                        if crate::ops::is_same(&args[0], &args[1]) { Value::Bool(true) } else { notimpl.clone() }
                    } else {
                        let r = crate::ops::compare(&mut self.heap, &crate::ast::CmpOp::Eq, &args[0], &args[1]);
                        match r {
                            Ok(v) => v,
                            Err(_) => notimpl.clone(),
                        }
                    }
                }
            };
            if crate::proto::is_notimpl(&eq) {
                return Ok(eq);
            }
            let t = self.truthy(&eq)?;
            return Ok(Value::Bool(!t));
        }
        Ok(notimpl)
    }

    /// A user metaclass's `__prepare__(name, bases, **kwargs)`, called when
    /// the class body is about to run (its frame is on top); the class body
    /// stores into the class itself, so the mapping's items become initial
    /// class attributes (a mapping with its own `__setitem__` is not seen).
    pub fn class_prepare(&mut self, name: String, bases: Value, kwargs: Value) -> Result<(), PyErr> {
        let top = self.frames.len() - 1;
        let cls = match &self.frames[top].aux {
            Value::Ref(c) => *c,
            _ => return Ok(()),
        };
        let mut meta = self.heap.class(cls).meta;
        let mut kwnames = Vec::new();
        let mut kwvalues = Vec::new();
        if let Some(Object::Dict(d)) = self.heap.get(&kwargs) {
            let (ks, vs) = (d.keys(), d.values());
            for i in 0..ks.len() {
                let n = self.heap.to_str(&ks[i]);
                if n.as_str() == "metaclass" {
                    meta = match &vs[i] {
                        Value::Ref(m) if self.heap.is_class(&vs[i]) => Some(*m),
                        _ => None,
                    };
                } else {
                    kwnames.push(n);
                    kwvalues.push(vs[i].clone());
                }
            }
        }
        let m = match meta {
            Some(m) => m,
            None => return Ok(()),
        };
        let sym = self.heap.intern("__prepare__");
        if self.heap.lookup_user(m, sym).is_none() {
            return Ok(());
        }
        let frame = self.frames.pop().unwrap();
        let r = match self.get_attr(&Value::Ref(m), sym) {
            Ok(f) => {
                let nv = self.heap.str_from(name.as_str());
                self.call_sync(&f, vec![nv, bases], kwnames, kwvalues)
            }
            Err(e) => Err(e),
        };
        self.frames.push(frame);
        let ns = match r {
            Ok(v) => v,
            Err(e) => {
                let f = self.frames.pop().unwrap();
                self.free_frames.push(f);
                return Err(e);
            }
        };
        let items = match self.heap.get(&ns) {
            Some(Object::Dict(d)) => Some((d.keys(), d.values())),
            _ => None,
        };
        match items {
            Some((ks, vs)) => {
                for i in 0..ks.len() {
                    if self.heap.is_str(&ks[i]) {
                        let k = self.heap.to_str(&ks[i]);
                        let s = self.heap.intern(k.as_str());
                        self.heap.class_set(cls, s, vs[i].clone());
                    }
                }
            }
            None => {
                if !self.is_instance(&ns) {
                    let mname = self.heap.class(m).name.clone();
                    let f = self.frames.pop().unwrap();
                    self.free_frames.push(f);
                    return Err(type_error(format!("{}.__prepare__() must return a mapping, not {}", mname, self.heap.type_name(&ns)).as_str()));
                }
            }
        }
        Ok(())
    }

    /// The SyntaxError (IndentationError) instance for a compile error in
    /// `source`: args (msg, (filename, lineno, offset, text, end_lineno,
    /// end_offset)) as CPython's, offsets 1-based.
    pub fn syntax_error_exc(&mut self, filename: &str, source: &str, e: &crate::ast::SyntaxErr) -> PyErr {
        let mut cls = self.heap.exc_class(crate::objects::ExcKind::SyntaxError);
        if e.is_indent {
            if let Some(Value::Ref(c)) = crate::vm::builtin_value(&self.heap, "IndentationError") {
                cls = c;
            }
        }
        let inst = self.heap.new_instance(cls);
        let mut text = Value::None;
        let mut k = 1;
        let mut cur = String::new();
        let mut found = false;
        for c in source.chars() {
            if k == e.line {
                cur.push(c);
                found = true;
            }
            if c == '\n' {
                k += 1;
            }
        }
        if found {
            if !cur.ends_with('\n') {
                cur.push('\n');
            }
            text = self.heap.str_from(cur.as_str());
        }
        let info = vec![
            self.heap.str_from(filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64 + 1),
            text,
            Value::Int(e.line as i64),
            Value::Int(if e.msg.ends_with("was never closed") { 0 } else { e.end_col as i64 + 1 }),
        ];
        let it = self.heap.alloc(Object::Tuple(info));
        let msg = self.heap.str_from(e.msg.as_str());
        let args = self.heap.alloc(Object::Tuple(vec![msg, it]));
        if let Some(st) = self.heap.exc_state_mut(&inst) {
            st.args = args;
        }
        self.set_context(&inst);
        crate::objects::exc_err(inst, false)
    }

    /// SyntaxError's attributes, from its args: (msg, filename, lineno,
    /// offset, text, end_lineno, end_offset); None where absent.
    pub fn syntax_error_fields(&self, exc: &Value) -> Option<Vec<Value>> {
        let se = self.heap.exc_class(crate::objects::ExcKind::SyntaxError);
        if !self.heap.isinstance(exc, se) {
            return None;
        }
        let args = match self.heap.exc_state(exc) {
            Some(st) => crate::ops::items_of(&self.heap, &st.args),
            None => return None,
        };
        let mut out = vec![Value::None, Value::None, Value::None, Value::None, Value::None, Value::None, Value::None];
        if !args.is_empty() {
            out[0] = args[0].clone();
        }
        if args.len() == 2 {
            let info = crate::ops::items_of(&self.heap, &args[1]);
            if info.len() == 4 || info.len() == 6 {
                for k in 0..info.len() {
                    out[k + 1] = info[k].clone();
                }
            }
        }
        Some(out)
    }

    /// str() of a SyntaxError: "msg (file, line N)" (file's last part).
    pub fn syntax_error_str(&mut self, exc: &Value) -> Result<Option<String>, PyErr> {
        let f = match self.syntax_error_fields(exc) {
            Some(f) => f,
            None => return Ok(None),
        };
        let nargs = match self.heap.exc_state(exc) {
            Some(st) => crate::ops::items_of(&self.heap, &st.args).len(),
            None => 0,
        };
        if nargs == 0 {
            return Ok(Some("None".to_string()));
        }
        if nargs != 2 {
            return Ok(None);
        }
        let msg = self.v_str(&f[0])?;
        let file = if self.heap.is_str(&f[1]) {
            let s = self.heap.to_str(&f[1]);
            match s.rfind('/') {
                Some(i) => Some(s[i + 1..].to_string()),
                None => Some(s),
            }
        } else {
            None
        };
        let line = match &f[2] {
            Value::Int(i) => Some(*i),
            _ => None,
        };
        Ok(Some(match (file, line) {
            (Some(fl), Some(l)) => format!("{} ({}, line {})", msg, fl, l),
            (Some(fl), None) => format!("{} ({})", msg, fl),
            (None, Some(l)) => format!("{} (line {})", msg, l),
            (None, None) => msg,
        }))
    }

    /// The lines CPython prints for an uncaught SyntaxError after the
    /// traceback: File/line, the source line and carets, "Name: msg".
    pub fn syntax_error_lines(&mut self, exc: &Value, name: &str) -> Option<String> {
        let f = self.syntax_error_fields(exc)?;
        let nargs = match self.heap.exc_state(exc) {
            Some(st) => crate::ops::items_of(&self.heap, &st.args).len(),
            None => 0,
        };
        if nargs != 2 {
            return None;
        }
        let mut out = String::new();
        let mut suffix = String::new();
        let fname = if self.heap.is_str(&f[1]) { Some(self.heap.to_str(&f[1])) } else { None };
        if let Value::Int(l) = &f[2] {
            out.push_str(format!("  File \"{}\", line {}\n", fname.clone().unwrap_or("<string>".to_string()), l).as_str());
        } else if let Some(fl) = &fname {
            suffix = format!(" ({})", fl);
        }
        if self.heap.is_str(&f[4]) {
            let text = self.heap.to_str(&f[4]);
            let rtext = text.trim_end_matches('\n').to_string();
            let rc: Vec<char> = rtext.chars().collect();
            let mut ws = 0;
            while ws < rc.len() && (rc[ws] == ' ' || rc[ws] == '\n' || rc[ws] == '\x0c') {
                ws += 1;
            }
            let ltext: String = rc[ws..].iter().collect();
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push_str(format!("    {}\n", ltext).as_str());
            if let Value::Int(off) = &f[3] {
                let offset = *off;
                let mut end = match &f[6] {
                    Value::Int(e) if *e != 0 => *e,
                    _ => offset,
                };
                if offset == end || end == -1 {
                    end = offset + 1;
                }
                let colno = offset - 1 - spaces;
                let end_colno = end - 1 - spaces;
                if colno >= 0 {
                    let lc: Vec<char> = ltext.chars().collect();
                    out.push_str("    ");
                    for k in 0..(colno as usize) {
                        if k < lc.len() && lc[k].is_whitespace() {
                            out.push(lc[k]);
                        } else {
                            out.push(' ');
                        }
                    }
                    let mut n = end_colno - colno;
                    while n > 0 {
                        out.push('^');
                        n -= 1;
                    }
                    out.push('\n');
                }
            }
        }
        let msg = match self.v_str(&f[0]) {
            Ok(s) if !matches!(f[0], Value::None) => s,
            _ => "<no detail available>".to_string(),
        };
        out.push_str(format!("{}: {}{}\n", name, msg, suffix).as_str());
        Some(out)
    }

    /// The current line of the innermost running frame of code `code` (0:
    /// none): the f_lineno of the frame that caught an exception, which
    /// usually still runs.
    pub fn live_line(&self, code: usize) -> usize {
        let mut k = self.frames.len();
        while k > 0 {
            k -= 1;
            let f = &self.frames[k];
            if f.code == code && f.pc > 0 && f.pc <= self.program.codes[f.code].locs.len() {
                return self.program.codes[f.code].locs[f.pc - 1].line;
            }
        }
        0
    }
}
