//! `os.walk` (stage 4).
//!
//! Invariants: top-down, a lazy `iter(step, state)` whose step descends
//! into the `dirnames` list it yielded last, so callers may prune it in
//! place; bottom-up, an iterator over the finished list.  Unlistable
//! directories are skipped (CPython's `onerror=None`); symlinks to
//! directories are listed in `dirnames` but only entered with
//! `followlinks=True`.

use crate::objects::{Object, PyErr, Value};
use crate::os_mod::WALK_STEP;
use crate::vm::Vm;

impl Vm {
    /// `os.walk`: top-down, a lazy iterator (`iter(step, state)`) whose step
    /// descends into the `dirnames` list it last yielded, so callers may
    /// prune it; bottom-up, an iterator over the finished list.  State:
    /// [stack of paths, last dirpath, last dirnames, followlinks].
    pub fn os_walk(&mut self, top: Value, topdown: bool, followlinks: bool) -> Result<Value, PyErr> {
        let stack = self.heap.alloc(Object::List(vec![top.clone()]));
        let state = self.heap.alloc(Object::List(vec![stack, Value::None, Value::None, Value::Bool(followlinks)]));
        if topdown {
            let step = self.heap.alloc(Object::BoundMethod(state.clone(), WALK_STEP.to_string()));
            return Ok(self.heap.alloc(Object::CallIter(step, state)));
        }
        let mut out = Vec::new();
        self.walk_bottom_up(&top, followlinks, &mut out)?;
        let l = self.heap.alloc(Object::List(out));
        self.get_iter(&l)
    }

    /// (dirpath, dirnames, filenames) of one directory, or None if it cannot be listed.
    fn walk_entry(&mut self, dir: &Value) -> Option<(Vec<String>, Vec<String>)> {
        let d = self.heap.to_str(dir);
        let rd = std::fs::read_dir(d.as_str()).ok()?;
        let mut dirs = Vec::new();
        let mut files = Vec::new();
        for ent in rd {
            if let Ok(ent) = ent {
                if let Ok(name) = ent.file_name().into_string() {
                    let p = crate::os_path::join(&vec![d.clone(), name.clone()]);
                    match std::fs::metadata(p.as_str()) {
                        Ok(m) if m.is_dir() => dirs.push(name),
                        _ => files.push(name),
                    }
                }
            }
        }
        Some((dirs, files))
    }

    fn walk_bottom_up(&mut self, dir: &Value, followlinks: bool, out: &mut Vec<Value>) -> Result<(), PyErr> {
        let (dirs, files) = match self.walk_entry(dir) {
            Some(e) => e,
            None => return Ok(()),
        };
        let d = self.heap.to_str(dir);
        for name in dirs.iter() {
            let p = crate::os_path::join(&vec![d.clone(), name.clone()]);
            let pv = self.heap.str_from(p.as_str());
            if followlinks || self.path_kind(&pv, false) != 4 {
                self.walk_bottom_up(&pv, followlinks, out)?;
            }
        }
        let dl = self.str_list(dirs);
        let fl = self.str_list(files);
        out.push(self.heap.alloc(Object::Tuple(vec![dir.clone(), dl, fl])));
        Ok(())
    }

    /// One step of a top-down walk; returns `state` itself when done.
    pub fn walk_step(&mut self, state: &Value) -> Result<Value, PyErr> {
        let parts = match self.heap.get(state) {
            Some(Object::List(l)) => l.clone(),
            _ => return Ok(state.clone()),
        };
        let (stack, last_dir, last_names, follow) = (parts[0].clone(), parts[1].clone(), parts[2].clone(), self.heap.truthy(&parts[3]));
        let mut pending: Vec<Value> = match self.heap.get(&stack) {
            Some(Object::List(l)) => l.clone(),
            _ => Vec::new(),
        };
        if !crate::os_mod::is_none_value(&last_dir) {
            let d = self.heap.to_str(&last_dir);
            let names = self.collect(&last_names)?;
            let mut k = names.len();
            while k > 0 {
                k -= 1;
                if !self.heap.is_str(&names[k]) {
                    continue;
                }
                let p = crate::os_path::join(&vec![d.clone(), self.heap.to_str(&names[k])]);
                let pv = self.heap.str_from(p.as_str());
                if follow || self.path_kind(&pv, false) != 4 {
                    pending.push(pv);
                }
            }
        }
        let mut result = state.clone();
        let mut new_dir = Value::None;
        let mut new_names = Value::None;
        while let Some(dir) = pending.pop() {
            if let Some((dirs, files)) = self.walk_entry(&dir) {
                let dl = self.str_list(dirs);
                let fl = self.str_list(files);
                result = self.heap.alloc(Object::Tuple(vec![dir.clone(), dl.clone(), fl]));
                new_dir = dir;
                new_names = dl;
                break;
            }
        }
        let new_stack = self.heap.alloc(Object::List(pending));
        if let Value::Ref(h) = state {
            self.heap.objs[*h] = Object::List(vec![new_stack, new_dir, new_names, Value::Bool(follow)]);
        }
        Ok(result)
    }
}
