//! Modules and the import system (stage 4): module objects, per-module
//! globals, `sys.modules`, finding `.py` files and packages on
//! `sys.path`, running a module body once, `from m import x`, `*`.
//!
//! Invariants:
//! - Module 0 is `__main__` (the script).  Every code object belongs to
//!   the module it was compiled from (`Vm::code_module`), and global ops
//!   read and write that module's row of `Vm::globals`; all rows have one
//!   slot per program-wide global name.
//! - A module is in `sys.modules` (a real dict) from just before its body
//!   runs; if the body raises, it is removed again.  An import looks
//!   there first, so a body runs once and circular imports see the
//!   partially initialised module.
//! - Lookup order per `sys.path` entry: `name/__init__.py` (package),
//!   `name.py`, then a bare directory (namespace package) if nothing
//!   else matches on any entry -- CPython's path finder.  A directory is
//!   recognised by reading it failing with EISDIR (the dialect has no
//!   stat).
//! - Built-in modules (`sys`, `math`) are modules without a file whose
//!   globals hold builtin functions and values (modules_builtin.rs).
//! - Search order, as CPython's: `sys.modules`, built-in, frozen
//!   (frozen.rs: Python sources compiled into the binary), `sys.path`.

use crate::bytecode::Op;
use crate::objects::{err, ExcKind, ModuleObj, Object, PyErr, Value};
use crate::vm::{Vm, MODE_SYNC};

pub struct ModInfo {
    pub name: String,
    /// Source path ("" for built-in and namespace modules).
    pub file: String,
    pub lines: Vec<Vec<char>>,
    pub show_source: bool,
    /// `__package__`: the package relative imports resolve against.
    pub package: String,
    /// Directory searched for submodules ("" if not a package).
    pub pkg_dir: String,
    pub obj: Value,
    pub initializing: bool,
}

/// 0: nothing, 1: a readable file, 2: a directory.
fn probe(path: &str) -> u8 {
    match std::fs::read_to_string(path) {
        Ok(_) => 1,
        Err(e) => {
            let text = format!("{}", e);
            if text.contains("(os error 21)") {
                2
            } else {
                0
            }
        }
    }
}

fn join_path(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        return name.to_string();
    }
    if dir.ends_with("/") {
        return format!("{}{}", dir, name);
    }
    format!("{}/{}", dir, name)
}

/// Everything before the last '.', or "".
pub fn parent_name(name: &str) -> String {
    match name.rfind('.') {
        Some(i) => name[..i].to_string(),
        None => String::new(),
    }
}

fn last_part(name: &str) -> String {
    match name.rfind('.') {
        Some(i) => name[i + 1..].to_string(),
        None => name.to_string(),
    }
}

fn not_found(name: &str) -> PyErr {
    err(ExcKind::ModuleNotFoundError, format!("No module named '{}'", name).as_str())
}

impl Vm {
    /// Index of a global name, adding it (and a slot in every module).
    pub fn global_slot(&mut self, name: &str) -> usize {
        let n = self.program.global_names.len();
        let i = self.program.global_index.intern(&mut self.program.global_names, name);
        if self.program.global_names.len() > n {
            self.sync_globals();
        }
        i
    }

    /// Gives every module a slot for each global name and the new names
    /// their builtin values.
    pub fn sync_globals(&mut self) {
        let n = self.program.global_names.len();
        while self.builtin_vals.len() < n {
            let name = self.program.global_names[self.builtin_vals.len()].clone();
            let v = crate::vm::builtin_value(&self.heap, name.as_str());
            // Whether a name is an unimplemented builtin is decided when a
            // NameError is raised (name_error), not for every new global.
            let missing = false;
            self.builtin_vals.push(v);
            self.missing_builtin.push(missing);
        }
        for m in 0..self.globals.len() {
            while self.globals[m].len() < n {
                self.globals[m].push(None);
            }
        }
    }

    pub fn set_global(&mut self, m: usize, name: &str, v: Value) {
        let i = self.global_slot(name);
        if self.globals[m][i].is_none() {
            self.global_order[m].push(i);
        }
        self.globals[m][i] = Some(v);
    }

    pub fn get_global(&self, m: usize, name: &str) -> Option<Value> {
        match self.program.global_index.find(&self.program.global_names, name) {
            Some(i) => self.globals[m][i].clone(),
            None => None,
        }
    }

    /// A new module (its globals get `__name__` and friends).
    pub fn new_module(&mut self, name: &str, file: &str, package: &str, pkg_dir: &str, namespace: bool) -> usize {
        let m = self.modules.len();
        let obj = self.heap.alloc(Object::Module(Box::new(ModuleObj { index: m, name: name.to_string(), file: file.to_string(), namespace: namespace, created: false })));
        self.modules.push(ModInfo {
            name: name.to_string(),
            file: file.to_string(),
            lines: Vec::new(),
            show_source: true,
            package: package.to_string(),
            pkg_dir: pkg_dir.to_string(),
            obj: obj,
            initializing: false,
        });
        if m > 0 {
            self.globals.push(Vec::new());
            self.global_order.push(Vec::new());
            self.sync_globals();
        }
        let v = self.heap.str_from(name);
        self.set_global(m, "__name__", v);
        self.set_global(m, "__doc__", Value::None);
        let pkg = if m == 0 { Value::None } else { self.heap.str_from(package) };
        self.set_global(m, "__package__", pkg);
        if !file.is_empty() {
            let f = self.heap.str_from(file);
            self.set_global(m, "__file__", f);
        }
        if !pkg_dir.is_empty() {
            let d = self.heap.str_from(pkg_dir);
            let l = self.heap.alloc(Object::List(vec![d]));
            self.set_global(m, "__path__", l);
        }
        m
    }

    /// Sets up `__main__` (module 0), `sys` and `sys.path[0]`.
    pub fn init_main(&mut self, filename: &str, lines: Vec<Vec<char>>, from_file: bool, argv: Vec<String>) {
        self.new_module("__main__", if from_file { filename } else { "" }, "", "", false);
        self.modules[0].file = filename.to_string();
        self.modules[0].lines = lines;
        self.modules[0].show_source = from_file;
        self.sys_modules = self.heap.alloc(Object::Dict(Box::new(crate::dict::DictObj::new())));
        let main_obj = self.modules[0].obj.clone();
        self.register_module("__main__", main_obj);
        let dir = if from_file { parent_dir(filename) } else { String::new() };
        self.init_sys(dir.as_str(), argv);
        self.builtin_module("builtins");
    }

    pub fn register_module(&mut self, name: &str, module: Value) {
        let k = self.heap.str_from(name);
        let d = self.sys_modules.clone();
        let _ = self.dict_store(&d, &k, &module);
    }

    /// `sys.modules[name]`, if present.
    pub fn lookup_module(&self, name: &str) -> Option<Value> {
        if let Some(Object::Dict(d)) = self.heap.get(&self.sys_modules) {
            let cs = name.chars().collect::<Vec<char>>();
            for k in 0..d.end() {
                if !d.is_live(k) {
                    continue;
                }
                if let Some(Object::Str(s)) = self.heap.get(d.key_at(k)) {
                    if *s == cs {
                        return Some(d.value_at(k).clone());
                    }
                }
            }
        }
        None
    }

    fn unregister_module(&mut self, name: &str) {
        let h = match &self.sys_modules {
            Value::Ref(h) => *h,
            _ => return,
        };
        let cs = name.chars().collect::<Vec<char>>();
        let mut at = None;
        if let Object::Dict(d) = &self.heap.objs[h] {
            for k in 0..d.end() {
                if !d.is_live(k) {
                    continue;
                }
                if let Some(Object::Str(s)) = self.heap.get(d.key_at(k)) {
                    if *s == cs {
                        at = Some(k);
                    }
                }
            }
        }
        self.heap.dict_remove_at(h, at);
    }

    /// The module index behind a module value.
    pub fn module_index(&self, v: &Value) -> Option<usize> {
        match self.heap.get(v) {
            Some(Object::Module(m)) => Some(m.index),
            _ => None,
        }
    }

    /// `ImportName`: resolves a relative name and imports it.
    pub fn op_import_name(&mut self, fi: usize, code: usize, c: usize, level: usize, leaf: bool) -> Result<(), PyErr> {
        let name = self.heap.to_str(&self.consts[code][c].clone());
        let mut full = name.clone();
        if level > 0 {
            let m = self.code_module[code];
            let mut package = self.modules[m].package.clone();
            if package.is_empty() {
                return Err(err(ExcKind::ImportError, "attempted relative import with no known parent package"));
            }
            for _ in 1..level {
                if package.find('.').is_none() {
                    return Err(err(ExcKind::ImportError, "attempted relative import beyond top-level package"));
                }
                package = parent_name(package.as_str());
            }
            full = if name.is_empty() { package } else { format!("{}.{}", package, name) };
        }
        let module = self.import_dotted(full.as_str())?;
        let v = if leaf || level > 0 {
            module
        } else {
            let top = match full.find('.') {
                Some(i) => full[..i].to_string(),
                None => full.clone(),
            };
            match self.lookup_module(top.as_str()) {
                Some(t) => t,
                None => module,
            }
        };
        self.push(fi, v);
        Ok(())
    }

    /// Imports `a`, `a.b`, `a.b.c` in turn; returns the last.
    pub fn import_dotted(&mut self, full: &str) -> Result<Value, PyErr> {
        if let Some(m) = self.lookup_module(full) {
            return Ok(m);
        }
        let parent = parent_name(full);
        let dirs = if parent.is_empty() {
            self.sys_path_dirs()
        } else {
            let p = self.import_dotted(parent.as_str())?;
            if let Some(m) = self.lookup_module(full) {
                return Ok(m);
            }
            let pi = match self.module_index(&p) {
                Some(i) => i,
                None => return Err(not_found(full)),
            };
            if self.modules[pi].pkg_dir.is_empty() {
                return Err(err(ExcKind::ModuleNotFoundError, format!("No module named '{}'; '{}' is not a package", full, parent).as_str()));
            }
            vec![self.modules[pi].pkg_dir.clone()]
        };
        let module = self.find_and_load(full, &dirs)?;
        if !parent.is_empty() {
            if let Some(p) = self.lookup_module(parent.as_str()) {
                if let Some(pi) = self.module_index(&p) {
                    let last = last_part(full);
                    self.set_global(pi, last.as_str(), module.clone());
                }
            }
        }
        Ok(module)
    }

    fn sys_path_dirs(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        let items = match self.heap.get(&self.sys_path) {
            Some(Object::List(l)) => l.clone(),
            _ => Vec::new(),
        };
        for v in items.iter() {
            if self.heap.is_str(v) {
                out.push(self.heap.to_str(v));
            }
        }
        out
    }

    fn find_and_load(&mut self, full: &str, dirs: &Vec<String>) -> Result<Value, PyErr> {
        if let Some(v) = self.builtin_module(full) {
            return Ok(v);
        }
        if let Some((start, is_pkg)) = crate::frozen::frozen_lookup(full) {
            return self.load_frozen(full, start, is_pkg);
        }
        let last = last_part(full);
        let mut namespace: Vec<String> = Vec::new();
        for d in dirs.iter() {
            let base = join_path(d.as_str(), last.as_str());
            let init = join_path(base.as_str(), "__init__.py");
            if probe(init.as_str()) == 1 {
                return self.load_source(full, init.as_str(), full, base.as_str());
            }
            let file = format!("{}.py", base);
            if probe(file.as_str()) == 1 {
                let package = parent_name(full);
                return self.load_source(full, file.as_str(), package.as_str(), "");
            }
            if probe(base.as_str()) == 2 {
                namespace.push(base);
            }
        }
        if !namespace.is_empty() {
            let m = self.new_module(full, "", full, namespace[0].as_str(), true);
            let obj = self.modules[m].obj.clone();
            self.register_module(full, obj.clone());
            return Ok(obj);
        }
        Err(not_found(full))
    }

    /// Compiles and runs a source module once, registered in sys.modules.
    fn load_source(&mut self, full: &str, file: &str, package: &str, pkg_dir: &str) -> Result<Value, PyErr> {
        let source = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(_) => return Err(not_found(full)),
        };
        let m = self.new_module(full, file, package, pkg_dir, false);
        self.run_source(m, full, file, source.as_str())
    }

    /// Compiles `source` into module `m` (named `full`, shown as `file`)
    /// and runs its body, registered in sys.modules.
    pub fn run_source(&mut self, m: usize, full: &str, file: &str, source: &str) -> Result<Value, PyErr> {
        self.modules[m].lines = crate::traceback::split_lines(source);
        let (tokens, _) = crate::lexer::Lexer::tokenize_with_warnings(source);
        let mut parser = crate::parser::Parser::new(tokens);
        let ast = match parser.parse_program() {
            Ok(a) => a,
            Err(e) => return Err(syntax_error(file, &e)),
        };
        let first = self.program.codes.len();
        let main = match crate::compiler_import::compile_module(&ast, &mut self.program) {
            Ok(c) => c,
            Err(e) => return Err(syntax_error(file, &e)),
        };
        self.run_codes(m, full, first, main)
    }

    /// Runs module `m`'s body (code `main`; its code objects start at
    /// `first`), registered in sys.modules while it runs and after.
    pub fn run_codes(&mut self, m: usize, full: &str, first: usize, main: usize) -> Result<Value, PyErr> {
        self.load_new_codes(first, m);
        let obj = self.modules[m].obj.clone();
        self.register_module(full, obj.clone());
        self.modules[m].initializing = true;
        let r = self.run_module_code(main);
        self.modules[m].initializing = false;
        match r {
            Ok(_) => match self.lookup_module(full) {
                Some(v) => Ok(v),
                None => Ok(obj),
            },
            Err(e) => {
                self.unregister_module(full);
                Err(e)
            }
        }
    }

    /// Runs module-kind code `main` in a synchronous frame (imports, eval/exec).
    pub fn run_module_code(&mut self, main: usize) -> Result<Value, PyErr> {
        if self.frames.len() + self.c_depth >= self.recursion_limit {
            return Err(err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let n = self.program.codes[main].local_names.len();
        let mut f = self.new_frame(main);
        for _ in 0..n {
            f.locals.push(None);
        }
        f.mode = MODE_SYNC;
        self.frames.push(f);
        self.execute()
    }

    /// Per-code tables for code objects `first..` (module `m`).  A code
    /// object still lazy in the frozen image gets its constant values and
    /// symbols when its instructions are decoded (`new_frame`).
    pub fn load_new_codes(&mut self, first: usize, m: usize) {
        for k in first..self.program.codes.len() {
            self.consts.push(Vec::new());
            self.name_syms.push(Vec::new());
            self.code_module.push(m);
            if self.program.codes[k].lazy_at == 0 {
                self.fill_code_tables(k);
            }
        }
        self.sync_globals();
    }

    /// Code object `k`'s constant values and attribute-name symbols.
    pub fn fill_code_tables(&mut self, k: usize) {
        let nc = self.program.codes[k].consts.len();
        let mut cs = Vec::with_capacity(nc);
        for i in 0..nc {
            cs.push(crate::vm::const_value(&mut self.heap, &self.program.codes[k].consts[i]));
        }
        self.consts[k] = cs;
        let nn = self.program.codes[k].names.len();
        let mut syms = Vec::with_capacity(nn);
        for i in 0..nn {
            syms.push(self.heap.intern(self.program.codes[k].names[i].as_str()));
        }
        self.name_syms[k] = syms;
    }

    /// `ImportFrom`: module -> module value.
    pub fn op_import_from(&mut self, fi: usize, code: usize, n: usize) -> Result<(), PyErr> {
        let module = self.top(fi);
        let name = self.program.codes[code].names[n].clone();
        let v = self.import_from(&module, name.as_str())?;
        self.push(fi, v);
        Ok(())
    }

    pub fn import_from(&mut self, module: &Value, name: &str) -> Result<Value, PyErr> {
        let mi = match self.module_index(module) {
            Some(i) => i,
            None => {
                let sym = self.heap.intern(name);
                return self.get_attr(module, sym);
            }
        };
        if let Some(v) = self.get_global(mi, name) {
            return Ok(v);
        }
        let full = format!("{}.{}", self.modules[mi].name, name);
        if !self.modules[mi].pkg_dir.is_empty() {
            match self.import_dotted(full.as_str()) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    let missing = e.exc.is_none() && e.kind == ExcKind::ModuleNotFoundError;
                    if !missing {
                        return Err(e);
                    }
                }
            }
        }
        let info = &self.modules[mi];
        let loc = if info.file.is_empty() { "unknown location".to_string() } else { info.file.clone() };
        let msg = if info.initializing {
            format!("cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})", name, info.name, loc)
        } else {
            format!("cannot import name '{}' from '{}' ({})", name, info.name, loc)
        };
        Err(err(ExcKind::ImportError, msg.as_str()))
    }

    /// `ImportStar`: copies the public names (or `__all__`) into the
    /// importing module's globals.
    pub fn op_import_star(&mut self, fi: usize, code: usize) -> Result<(), PyErr> {
        let module = self.pop(fi);
        let target = self.code_module[code];
        let mi = match self.module_index(&module) {
            Some(i) => i,
            None => return Ok(()),
        };
        let names: Vec<String> = match self.get_global(mi, "__all__") {
            Some(all) => {
                let items = self.collect(&all)?;
                let mut out = Vec::new();
                for it in items.iter() {
                    out.push(self.heap.to_str(it));
                }
                out
            }
            None => {
                let mut out = Vec::new();
                for i in self.global_order[mi].iter() {
                    let n = self.program.global_names[*i].clone();
                    if !n.starts_with("_") {
                        out.push(n);
                    }
                }
                out
            }
        };
        for n in names.iter() {
            let v = self.import_from(&module, n.as_str())?;
            self.set_global(target, n.as_str(), v);
        }
        Ok(())
    }

    /// Attribute of a module (its global).
    pub fn module_attr(&mut self, obj: &Value, sym: usize) -> Result<Value, PyErr> {
        let name = self.sym_str(sym);
        let mi = self.module_index(obj).unwrap();
        if let Some(v) = self.get_global(mi, name.as_str()) {
            return Ok(v);
        }
        if name.as_str() == "__dict__" {
            // exec(code, module.__dict__) then runs in the module itself.
            let d = self.module_dict(mi);
            self.note_globals_dict(&d, mi);
            return Ok(d);
        }
        if name.as_str() == "__spec__" || name.as_str() == "__loader__" {
            return self.module_spec_attr(obj, mi, name.as_str());
        }
        let mname = self.modules[mi].name.clone();
        let msg = if self.modules[mi].initializing {
            format!("partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)", mname, name)
        } else {
            format!("module '{}' has no attribute '{}'", mname, name)
        };
        Err(err(ExcKind::AttributeError, msg.as_str()))
    }

    pub fn module_set_attr(&mut self, obj: &Value, sym: usize, v: Value) -> Result<(), PyErr> {
        let name = self.sym_str(sym);
        let mi = self.module_index(obj).unwrap();
        if mi == 1 && name.as_str() == "stdout" {
            // Module 1 is always `sys` (init_sys runs right after __main__).
            self.stdout_redirected = match self.heap.get(&v) {
                Some(Object::Stream(1)) => false,
                _ => true,
            };
        }
        if self.modules[mi].name.as_str() == "builtins" {
            // `builtins.x = v` changes what the name `x` means everywhere.
            let i = self.global_slot(name.as_str());
            self.builtin_vals[i] = Some(v.clone());
        }
        self.set_global(mi, name.as_str(), v);
        Ok(())
    }

    /// `del module.name`.
    pub fn module_del_attr(&mut self, obj: &Value, sym: usize) -> Result<(), PyErr> {
        let name = self.sym_str(sym);
        let mi = self.module_index(obj).unwrap();
        let found = self.program.global_index.find(&self.program.global_names, name.as_str());
        let i = match found {
            Some(i) if self.globals[mi][i].is_some() => i,
            _ => {
                let msg = format!("'module' object has no attribute '{}'", name);
                return Err(err(ExcKind::AttributeError, msg.as_str()));
            }
        };
        self.globals[mi][i] = None;
        let mut order = Vec::new();
        for k in self.global_order[mi].iter() {
            if *k != i {
                order.push(*k);
            }
        }
        self.global_order[mi] = order;
        if self.modules[mi].name.as_str() == "builtins" {
            self.builtin_vals[i] = crate::vm::builtin_value(&self.heap, name.as_str());
        }
        Ok(())
    }

    /// A snapshot of module `m`'s globals as a dict, in insertion order.
    pub fn module_dict(&mut self, m: usize) -> Value {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let order = self.global_order[m].clone();
        for i in order.iter() {
            if let Some(v) = self.globals[m][*i].clone() {
                let n = self.program.global_names[*i].clone();
                keys.push(self.heap.str_from(n.as_str()));
                values.push(v);
            }
        }
        match self.heap.new_dict(keys, values) {
            Ok(d) => d,
            Err(_) => Value::None,
        }
    }

    /// Dispatch of the import ops (from `exec_cold`).
    pub fn exec_import(&mut self, fi: usize, code: usize, op: Op) -> Result<(), PyErr> {
        match op {
            Op::ImportName(c, level, leaf) => self.op_import_name(fi, code, c, level, leaf),
            Op::ImportFrom(n) => self.op_import_from(fi, code, n),
            _ => self.op_import_star(fi, code),
        }
    }
}

/// The directory part of a script path ("" for a bare file name).
pub fn parent_dir(path: &str) -> String {
    match path.rfind('/') {
        Some(0) => "/".to_string(),
        Some(i) => path[..i].to_string(),
        None => String::new(),
    }
}

fn syntax_error(file: &str, e: &crate::ast::SyntaxErr) -> PyErr {
    err(ExcKind::SyntaxError, format!("{} ({}, line {})", e.msg, last_part_path(file), e.line).as_str())
}

fn last_part_path(file: &str) -> String {
    match file.rfind('/') {
        Some(i) => file[i + 1..].to_string(),
        None => file.to_string(),
    }
}
