//! Traceback objects (`exc.__traceback__`, `sys.exc_info()[2]`,
//! `with_traceback`).  An exception keeps its traceback as entries
//! (objects.rs TraceEntry, outermost first); the `traceback`, `frame` and
//! `code` objects Python sees are instances of classes of the frozen
//! module `_tbobj` (lib/_tbobj.py), built from those entries when asked
//! for, so two reads of `__traceback__` give equal but distinct objects.
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

impl Vm {
    fn tbobj_fn(&mut self, name: &str) -> Result<Value, PyErr> {
        let m = self.import_dotted("_tbobj")?;
        let sym = self.heap.intern(name);
        self.get_attr(&m, sym)
    }

    /// `exc.__traceback__`: None or a new `traceback` object.
    pub fn traceback_of(&mut self, exc: &Value) -> Result<Value, PyErr> {
        let empty = match self.heap.exc_state(exc) {
            Some(st) => st.tb.is_empty(),
            None => true,
        };
        if empty {
            return Ok(Value::None);
        }
        let f = self.tbobj_fn("_make")?;
        self.call1(&f, vec![exc.clone()])
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
    /// globals, first line of the code).
    pub fn tb_entries(&mut self, exc: &Value) -> Result<Value, PyErr> {
        let tb = match self.heap.exc_state(exc) {
            Some(st) => st.tb.clone(),
            None => return Err(type_error("tb_entries() needs an exception")),
        };
        let mut out = Vec::new();
        for t in tb.iter() {
            let name = self.entry_name(t);
            let mi = self.tb_module_of(t.code);
            let line = self.program.codes[t.code].locs[t.pc].line;
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
        let mut parts: Vec<String> = Vec::new();
        let mut first = true;
        for line in text.split_inclusive('\n') {
            if first {
                first = false;
                continue;
            }
            if line.starts_with("  File \"") || parts.is_empty() {
                parts.push(line.to_string());
            } else {
                let k = parts.len() - 1;
                parts[k].push_str(line);
            }
        }
        let mut vals = Vec::new();
        for p in parts.iter() {
            vals.push(self.heap.str_from(p.as_str()));
        }
        Ok(self.heap.alloc(Object::List(vals)))
    }
}
