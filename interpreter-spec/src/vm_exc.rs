//! Stage 4 (continued): exceptions.  Turning Rust-level errors into
//! exception instances, unwinding frames to the nearest try block,
//! `raise` (with `from`), `except` matching, `with`, and CPython's
//! traceback output for uncaught exceptions, chains included.
//!
//! Invariants:
//! - An exception gets one traceback entry for every frame it leaves or
//!   is caught in, prepended as it travels outward (so the list reads
//!   outermost first); a re-raise (`Reraise`, bare `raise`) does not add
//!   an entry for the frame that re-raises.
//! - `__context__` is set when an exception is raised (by `raise` or by
//!   a failing operation) while another is being handled, never when it
//!   merely propagates.
//! - Leaving a handler, normally (`PopExcept`) or by an exception,
//!   restores the previously handled exception.

use std::io::Write;
use crate::bytecode::{Loc, Op};
use crate::objects::{err, exc_err, type_error, ExcKind, Object, PyErr, TraceEntry, Value};
use crate::ops::is_same;
use crate::traceback::format_tb;
use crate::vm::{Block, Vm};

impl Vm {
    /// The exception instance for an error, creating it (and setting its
    /// implicit context) if it came from Rust code.
    pub fn materialize(&mut self, e: PyErr) -> Value {
        if let Some(v) = e.exc {
            return v;
        }
        let cls = self.heap.exc_class(e.kind.clone());
        let inst = self.heap.new_instance(cls);
        if e.kind == ExcKind::UnicodeDecodeError || e.kind == ExcKind::UnicodeEncodeError {
            let keep = match self.heap.get(&e.arg.clone().unwrap_or(Value::None)) {
                Some(Object::Bytes(_)) => e.kind == ExcKind::UnicodeDecodeError,
                Some(Object::Str(_)) => e.kind == ExcKind::UnicodeEncodeError,
                _ => false,
            };
            if keep {
                let data = e.arg.clone().unwrap();
                self.set_decode_error_attrs(&inst, e.msg.as_str(), data);
                let mut e = e;
                e.arg = None;
                return self.materialize_args(inst, e);
            }
        }
        self.materialize_args(inst, e)
    }

    /// A UnicodeDecodeError's `encoding`, `object`, `start`, `end` and
    /// `reason`, read back from its message ("'utf-8' codec can't decode
    /// byte 0xff in position 0: invalid start byte", or "bytes in position
    /// 3-4").  Its args stay the message alone.
    fn set_decode_error_attrs(&mut self, inst: &Value, msg: &str, data: Value) {
        let enc = match (msg.find('\''), msg[1..].find('\'')) {
            (Some(0), Some(j)) => msg[1..j + 1].to_string(),
            _ => String::new(),
        };
        let mut start: i64 = 0;
        let mut end: i64 = 0;
        let mut reason = String::new();
        if let Some(p) = msg.find(" in position ") {
            let rest = &msg[p + 13..];
            if let Some(c) = rest.find(": ") {
                reason = rest[c + 2..].to_string();
                let span = &rest[..c];
                match span.find('-') {
                    Some(d) => {
                        start = span[..d].parse::<i64>().unwrap_or(0);
                        end = span[d + 1..].parse::<i64>().unwrap_or(0) + 1;
                    }
                    None => {
                        start = span.parse::<i64>().unwrap_or(0);
                        end = start + 1;
                    }
                }
            }
        }
        let h = match inst {
            Value::Ref(h) => *h,
            _ => return,
        };
        let vals = vec![
            ("encoding", self.heap.str_from(enc.as_str())),
            ("object", data),
            ("start", Value::Int(start)),
            ("end", Value::Int(end)),
            ("reason", self.heap.str_from(reason.as_str())),
        ];
        for (n, v) in vals.into_iter() {
            let sym = self.heap.intern(n);
            self.heap.inst_set(h, sym, v);
        }
    }

    fn materialize_args(&mut self, inst: Value, e: PyErr) -> Value {
        let args = match e.arg {
            Some(a) => vec![a],
            None => {
                if e.msg.is_empty() {
                    Vec::new()
                } else {
                    vec![self.heap.str_from(e.msg.as_str())]
                }
            }
        };
        let t = self.heap.alloc(Object::Tuple(args));
        if let Some(st) = self.heap.exc_state_mut(&inst) {
            st.args = t;
        }
        self.set_context(&inst);
        inst
    }

    /// Implicit chaining: `exc.__context__` = the exception being handled.
    pub fn set_context(&mut self, exc: &Value) {
        let handled = self.exc_info.clone();
        if let Value::None = handled {
            return;
        }
        if is_same(&handled, exc) {
            return;
        }
        // Break a cycle through the context chain, as CPython does.
        let mut o = handled.clone();
        loop {
            let ctx = match self.heap.exc_state(&o) {
                Some(st) => st.context.clone(),
                None => break,
            };
            if let Value::None = ctx {
                break;
            }
            if is_same(&ctx, exc) {
                if let Some(st) = self.heap.exc_state_mut(&o) {
                    st.context = Value::None;
                }
                break;
            }
            o = ctx;
        }
        if let Some(st) = self.heap.exc_state_mut(exc) {
            st.context = handled;
        }
    }

    /// Prepends frame `fi`'s traceback entries (inlined comprehensions
    /// count as frames) to the exception's traceback.
    fn add_tb(&mut self, exc: &Value, fi: usize) {
        let code = self.frames[fi].code;
        let pc = if self.frames[fi].pc > 0 { self.frames[fi].pc - 1 } else { 0 };
        let mut entries = Vec::new();
        let mut label = 0;
        for p in self.frames[fi].comps.iter() {
            entries.push(TraceEntry { code: code, pc: *p, label: label });
            label = match self.program.codes[code].ops[*p] {
                Op::CompEnter(k) => k + 1,
                _ => 1,
            };
        }
        entries.push(TraceEntry { code: code, pc: pc, label: label });
        if let Some(st) = self.heap.exc_state_mut(exc) {
            let old = std::mem::replace(&mut st.tb, Vec::new());
            for e in old.into_iter() {
                entries.push(e);
            }
            st.tb = entries;
        }
    }

    /// Handles an exception raised in the top frame: walks the frames from
    /// the top down to `base`, adding traceback entries, until a try block
    /// catches it (Ok: execution continues at the handler).  Otherwise the
    /// exception propagates out of frame `base` (Err).
    pub fn unwind(&mut self, e: PyErr, base: usize) -> Result<(), PyErr> {
        let reraise = e.reraise;
        let mut exc = self.materialize(e);
        let mut first = true;
        loop {
            let fi = self.frames.len() - 1;
            if !(first && reraise) {
                self.add_tb(&exc, fi);
            }
            first = false;
            while let Some(b) = self.frames[fi].blocks.pop() {
                if b.is_handler {
                    self.exc_info = self.frames[fi].stack[b.depth].clone();
                    self.frames[fi].stack.truncate(b.depth);
                    continue;
                }
                self.cut_stack(fi, b.depth);
                self.frames[fi].comps.truncate(b.comps);
                self.frames[fi].blocks.push(Block { handler: 0, depth: b.depth, comps: b.comps, is_handler: true });
                let prev = self.exc_info.clone();
                self.frames[fi].stack.push(prev);
                self.frames[fi].stack.push(exc.clone());
                self.exc_info = exc;
                self.frames[fi].pc = b.handler;
                return Ok(());
            }
            self.cut_stack(fi, 0);
            let f = self.frames.pop().unwrap();
            let gen = f.gen;
            if f.mode == crate::vm::MODE_CMP {
                self.c_depth -= 1;
            }
            self.free_frames.push(f);
            if gen != 0 {
                self.exc_info = self.free_frames[self.free_frames.len() - 1].aux.clone();
                self.finish_generator(gen);
                let stop = self.heap.exc_class(ExcKind::StopIteration);
                if self.heap.isinstance(&exc, stop) {
                    let cls = self.heap.exc_class(ExcKind::RuntimeError);
                    let inst = self.heap.new_instance(cls);
                    let what = match &self.heap.objs[gen] {
                        Object::Generator(g) if g.kind == 1 => "coroutine raised StopIteration",
                        Object::Generator(g) if g.kind == 2 => "async generator raised StopIteration",
                        _ => "generator raised StopIteration",
                    };
                    let msg = self.heap.str_from(what);
                    let t = self.heap.alloc(Object::Tuple(vec![msg]));
                    if let Some(st) = self.heap.exc_state_mut(&inst) {
                        st.args = t;
                        st.cause = exc.clone();
                        st.context = exc.clone();
                        st.suppress_context = true;
                    }
                    exc = inst;
                }
            }
            if fi == base {
                return Err(exc_err(exc, false));
            }
        }
    }

    /// An exception instance from a `raise` operand (class or instance).
    fn make_exc(&mut self, v: &Value, what: &str) -> Result<Value, PyErr> {
        if self.heap.is_exception(v) {
            return Ok(v.clone());
        }
        if self.heap.is_exc_class(v) {
            let r = self.call1(v, Vec::new())?;
            if !self.heap.is_exception(&r) {
                let name = match self.heap.get(v) {
                    Some(Object::Class(c)) => c.name.clone(),
                    _ => String::new(),
                };
                return Err(type_error(
                    format!("calling {} should have returned an instance of BaseException, not {}", name, self.heap.type_name(&r)).as_str(),
                ));
            }
            return Ok(r);
        }
        Err(type_error(what))
    }

    /// `raise` (n = 0), `raise exc` (1), `raise exc from cause` (2).
    pub fn do_raise(&mut self, fi: usize, n: usize) -> PyErr {
        if n == 0 {
            if let Value::None = self.exc_info {
                return err(ExcKind::RuntimeError, "No active exception to reraise");
            }
            return exc_err(self.exc_info.clone(), true);
        }
        let cause = if n == 2 { Some(self.pop(fi)) } else { None };
        let v = self.pop(fi);
        let exc = match self.make_exc(&v, "exceptions must derive from BaseException") {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cv = match &c {
                Value::None => Value::None,
                _ => match self.make_exc(&c, "exception causes must derive from BaseException") {
                    Ok(e) => e,
                    Err(e) => return e,
                },
            };
            if let Some(st) = self.heap.exc_state_mut(&exc) {
                st.cause = cv;
                st.suppress_context = true;
            }
        }
        self.set_context(&exc);
        exc_err(exc, false)
    }

    /// Does exception `e` match the type (or tuple of types) `t` of an
    /// except clause?
    pub fn exc_matches(&self, e: &Value, t: &Value) -> Result<bool, PyErr> {
        if let Some(Object::Tuple(items)) = self.heap.get(t) {
            let mut found = false;
            for x in items.iter() {
                if self.exc_matches(e, x)? {
                    found = true;
                }
            }
            return Ok(found);
        }
        if !self.heap.is_exc_class(t) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        match t {
            Value::Ref(h) => Ok(self.heap.isinstance(e, *h)),
            _ => Ok(false),
        }
    }

    /// `with mgr`: (bound __exit__, result of __enter__).
    pub fn enter_with(&mut self, mgr: &Value) -> Result<(Value, Value), PyErr> {
        let cls = self.heap.class_of(mgr);
        let enter = self.heap.lookup(cls, crate::classes::S_ENTER);
        let exit = self.heap.lookup(cls, crate::classes::S_EXIT);
        let tname = self.heap.type_name(mgr);
        let enter = match enter {
            Some(e) => e,
            None => return Err(type_error(format!("'{}' object does not support the context manager protocol", tname).as_str())),
        };
        let exit = match exit {
            Some(e) => e,
            None => {
                return Err(type_error(
                    format!("'{}' object does not support the context manager protocol (missed __exit__ method)", tname).as_str(),
                ))
            }
        };
        let bound = self.heap.alloc(Object::Method(exit, mgr.clone()));
        let r = self.call1(&enter, vec![mgr.clone()])?;
        Ok((bound, r))
    }

    /// "Name: message" for the last line of a traceback.
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let cls = self.heap.class_of(exc);
        let mut out = String::new();
        // CPython qualifies the name unless the class lives in builtins or __main__.
        if !self.heap.class(cls).is_builtin {
            let module = self.heap.class_module(cls);
            if module != "__main__" && module != "builtins" {
                out.push_str(module.as_str());
                out.push('.');
            }
        }
        out.push_str(self.heap.class(cls).qualname.as_str());
        let s = match self.v_str(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if s.len() > 0 {
            out.push_str(": ");
            out.push_str(s.as_str());
        }
        out
    }

    /// The text CPython prints for an uncaught exception, chained
    /// exceptions first.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        self.format_exception_hiding(exc, "")
    }

    /// `format_exception` without the traceback entries of modules whose
    /// file name starts with `hide` (non-empty): `unittest` hides its own
    /// frames this way, as CPython's does.
    pub fn format_exception_hiding(&mut self, exc: &Value, hide: &str) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen, hide);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>, hide: &str) {
        let group = self.exgroup_class();
        let mut ctx = (0usize, false);
        self.format_chain_ctx(exc, out, seen, hide, group, &mut ctx);
    }

    /// One exception and its chain, indented for exception groups as
    /// CPython's traceback module does; `ctx` is (group depth, need_close).
    fn format_chain_ctx(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>, hide: &str, group: Option<usize>, ctx: &mut (usize, bool)) {
        if let Value::Ref(h) = exc {
            seen.push(*h);
        }
        let (cause, context, suppress, tb) = match self.heap.exc_state(exc) {
            Some(st) => (st.cause.clone(), st.context.clone(), st.suppress_context, st.tb.clone()),
            None => (Value::None, Value::None, false, Vec::new()),
        };
        let cause_h = match &cause {
            Value::Ref(h) => *h,
            _ => 0,
        };
        let ctx_h = match &context {
            Value::Ref(h) => *h,
            _ => 0,
        };
        if cause_h != 0 && !seen.contains(&cause_h) {
            self.format_chain_ctx(&cause, out, seen, hide, group, ctx);
            emit_indented(out, ctx.0, '|', "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if ctx_h != 0 && !suppress && !seen.contains(&ctx_h) {
            self.format_chain_ctx(&context, out, seen, hide, group, ctx);
            emit_indented(out, ctx.0, '|', "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        let mut tb_text = String::new();
        if !tb.is_empty() {
            let mut entries: Vec<(String, Loc, usize)> = Vec::new();
            for t in tb.iter() {
                let code = &self.program.codes[t.code];
                let name = match t.label {
                    0 => code.name.clone(),
                    1 => "<listcomp>".to_string(),
                    2 => "<genexpr>".to_string(),
                    3 => "<setcomp>".to_string(),
                    _ => "<dictcomp>".to_string(),
                };
                let mi = self.tb_module_of(t.code);
                if !hide.is_empty() && self.modules[mi].file.starts_with(hide) {
                    continue;
                }
                entries.push((name, code.locs[t.pc].clone(), mi));
            }
            if !entries.is_empty() {
                tb_text = format_tb(&self.modules, &entries);
            }
        }
        let subs = match group {
            Some(g) if self.heap.isinstance(exc, g) => {
                let sym = self.heap.intern("exceptions");
                match self.get_attr(exc, sym) {
                    Ok(v) => match self.heap.get(&v) {
                        Some(Object::Tuple(items)) => Some(items.clone()),
                        _ => None,
                    },
                    Err(_) => None,
                }
            }
            _ => None,
        };
        let mut last = self.exception_line(exc);
        last.push('\n');
        if let Some(name_end) = last.find(": ") {
            let name = last[..name_end].to_string();
            if let Some(se) = self.syntax_error_lines(exc, name.as_str()) {
                last = se;
            }
        } else {
            let name = last.trim_end().to_string();
            if let Some(se) = self.syntax_error_lines(exc, name.as_str()) {
                last = se;
            }
        }
        self.format_notes(exc, &mut last);
        let subs = match subs {
            None => {
                // tb_text starts with "Traceback (most recent call last):".
                emit_indented(out, ctx.0, '|', tb_text.as_str());
                emit_indented(out, ctx.0, '|', last.as_str());
                return;
            }
            Some(s) => s,
        };
        if ctx.0 > 10 {
            emit_indented(out, ctx.0, '|', "... (max_group_depth is 10)\n");
            return;
        }
        let toplevel = ctx.0 == 0;
        if toplevel {
            ctx.0 += 1;
        }
        if !tb_text.is_empty() {
            let body = match tb_text.find('\n') {
                Some(i) => tb_text[i + 1..].to_string(),
                None => String::new(),
            };
            emit_indented(out, ctx.0, if toplevel { '+' } else { '|' }, "Exception Group Traceback (most recent call last):\n");
            emit_indented(out, ctx.0, '|', body.as_str());
        }
        emit_indented(out, ctx.0, '|', last.as_str());
        let num = subs.len();
        let n = if num <= 15 { num } else { 16 };
        ctx.1 = false;
        for i in 0..n {
            let last_exc = i == n - 1;
            if last_exc {
                ctx.1 = true;
            }
            let truncated = i >= 15;
            let title = if truncated { "...".to_string() } else { format!("{}", i + 1) };
            out.push_str(" ".repeat(2 * ctx.0).as_str());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(format!("+---------------- {} ----------------\n", title).as_str());
            ctx.0 += 1;
            if !truncated {
                let sub = subs[i].clone();
                self.format_chain_ctx(&sub, out, seen, hide, group, ctx);
            } else {
                let rem = num - 15;
                let text = format!("and {} more exception{}\n", rem, if rem > 1 { "s" } else { "" });
                emit_indented(out, ctx.0, '|', text.as_str());
            }
            if last_exc && ctx.1 {
                out.push_str(" ".repeat(2 * ctx.0).as_str());
                out.push_str("+------------------------------------\n");
                ctx.1 = false;
            }
            ctx.0 -= 1;
        }
        if toplevel {
            ctx.0 = 0;
        }
    }

    /// The lines of an exception's `__notes__` (PEP 678).
    fn format_notes(&mut self, exc: &Value, out: &mut String) {
        let h = match exc {
            Value::Ref(h) => *h,
            _ => return,
        };
        let sym = crate::classes::S_NOTES;
        let notes = match self.heap.inst_get(h, sym) {
            Some(n) => n,
            None => return,
        };
        let items = match self.heap.get(&notes) {
            Some(Object::List(l)) | Some(Object::Tuple(l)) => l.clone(),
            _ => {
                let r = self.v_repr(&notes).unwrap_or(String::new());
                out.push_str(r.as_str());
                out.push('\n');
                return;
            }
        };
        for n in items.iter() {
            let s = if self.heap.is_str(n) { self.heap.to_str(n) } else { self.v_repr(n).unwrap_or(String::new()) };
            out.push_str(s.as_str());
            out.push('\n');
        }
    }

    /// `BaseException.add_note(note)`.
    pub fn exc_add_note(&mut self, exc: &Value, args: &Vec<Value>) -> Result<Value, PyErr> {
        if args.len() != 1 {
            return Err(type_error(format!("BaseException.add_note() takes exactly one argument ({} given)", args.len()).as_str()));
        }
        if !self.heap.is_str(&args[0]) {
            return Err(type_error(format!("note must be a str, not '{}'", self.heap.type_name(&args[0])).as_str()));
        }
        let h = match exc {
            Value::Ref(h) => *h,
            _ => return Ok(Value::None),
        };
        let sym = crate::classes::S_NOTES;
        let notes = match self.heap.inst_get(h, sym) {
            Some(n) => n,
            None => {
                let l = self.heap.alloc(Object::List(Vec::new()));
                self.heap.inst_set(h, sym, l.clone());
                l
            }
        };
        match &notes {
            Value::Ref(lh) => match &mut self.heap.objs[*lh] {
                Object::List(l) => {
                    l.push(args[0].clone());
                    Ok(Value::None)
                }
                _ => Err(type_error("Cannot add note: __notes__ is not a list")),
            },
            _ => Err(type_error("Cannot add note: __notes__ is not a list")),
        }
    }
}

impl Vm {
    /// Values dropped from a value stack: owned generators that are still
    /// suspended are closed (running their `finally` blocks), as their
    /// last reference goes away in CPython.  Errors from closing are
    /// ignored.
    pub fn drop_values(&mut self, vals: Vec<Value>) {
        for v in vals.iter() {
            if let Value::Ref(h) = v {
                let h = *h;
                let close = match &self.heap.objs[h] {
                    Object::Generator(g) => g.owned && g.state == crate::objects::GEN_SUSPENDED,
                    _ => false,
                };
                if close {
                    let saved = self.exc_info.clone();
                    let _ = self.gen_close(h);
                    self.exc_info = saved;
                }
            }
        }
    }

    /// Interpreter shutdown: CPython clears the module's globals (names
    /// starting with one underscore first, then the rest, in insertion
    /// order), which closes the suspended generators they referenced.
    pub fn finalize(&mut self) {
        // atexit's functions run first (if the module was imported).
        if let Some(m) = self.lookup_module("atexit") {
            let sym = self.heap.intern("_run_exitfuncs");
            if let Ok(f) = self.get_attr(&m, sym) {
                self.exc_info = Value::None;
                let _ = self.call1(&f, Vec::new());
            }
        }
        let order = self.global_order[0].clone();
        for pass in 0..2 {
            for i in order.iter() {
                let name = self.program.global_names[*i].clone();
                let cs = name.chars().collect::<Vec<char>>();
                let underscore = cs.len() > 1 && cs[0] == '_' && cs[1] != '_';
                if underscore != (pass == 0) {
                    continue;
                }
                if let Some(v) = self.globals[0][*i].clone() {
                    if let Value::Ref(h) = &v {
                        let suspended = match &self.heap.objs[*h] {
                            Object::Generator(g) => g.state == crate::objects::GEN_SUSPENDED,
                            _ => false,
                        };
                        if suspended {
                            self.exc_info = Value::None;
                            let _ = self.gen_close(*h);
                        }
                    }
                }
            }
        }
        self.flush_at_exit();
        self.gc_report();
    }

    /// CPython flushes stdout at exit; a failure not raised before is
    /// reported as an ignored exception and the exit status becomes 120.
    fn flush_at_exit(&mut self) {
        self.flush();
        let failed = self.osm.stdout_errno != 0 || std::io::stdout().flush().is_err();
        if failed && !self.osm.stdout_raised {
            eprintln!("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
            eprintln!("BrokenPipeError: [Errno 32] Broken pipe");
            std::process::exit(120);
        }
    }

    /// Pops frame `fi`'s value stack down to `depth`, closing owned
    /// generators on the way.
    pub fn cut_stack(&mut self, fi: usize, depth: usize) {
        let mut dropped = Vec::new();
        while self.frames[fi].stack.len() > depth {
            dropped.push(self.frames[fi].stack.pop().unwrap());
        }
        self.drop_values(dropped);
    }

    /// For an uncaught SystemExit: the exit status (printing a non-int
    /// argument to stderr, like CPython); -1 for other exceptions.
    pub fn system_exit_status(&mut self, exc: &Value) -> i64 {
        let se = self.heap.exc_class(ExcKind::SystemExit);
        if !self.heap.isinstance(exc, se) {
            return -1;
        }
        let args = match self.heap.exc_state(exc) {
            Some(st) => crate::ops::items_of(&self.heap, &st.args),
            None => Vec::new(),
        };
        if args.is_empty() {
            return 0;
        }
        let code = if args.len() == 1 { args[0].clone() } else { self.heap.alloc(Object::Tuple(args)) };
        match code {
            Value::None => 0,
            Value::Int(i) => i & 255,
            Value::Bool(b) => {
                if b {
                    1
                } else {
                    0
                }
            }
            other => {
                let s = match self.v_str(&other) {
                    Ok(s) => s,
                    Err(_) => String::new(),
                };
                self.flush();
                eprintln!("{}", s);
                1
            }
        }
    }
}

/// `text` with every line prefixed by the indentation of exception group
/// depth `depth` (CPython's _ExceptionPrintContext.emit).
fn emit_indented(out: &mut String, depth: usize, margin: char, text: &str) {
    if depth == 0 {
        out.push_str(text);
        return;
    }
    let mut indent = " ".repeat(2 * depth);
    indent.push(margin);
    indent.push(' ');
    let cs: Vec<char> = text.chars().collect();
    let mut at_start = true;
    for c in cs.iter() {
        if at_start {
            out.push_str(indent.as_str());
            at_start = false;
        }
        out.push(*c);
        if *c == '\n' {
            at_start = true;
        }
    }
}
