//! `eval(source, globals, locals)` and `exec(source, globals, locals)`:
//! source compiled at run time into the running program.
//!
//! Invariants:
//! - Module globals are arrays here, not dicts. Code therefore always runs
//!   in some module's globals: the caller's module when it is called at
//!   module level with no dict (or with a dict `globals()` returned, which
//!   is remembered with its module); otherwise a fresh scratch module,
//!   seeded from the dicts (or from the caller's globals and a function's
//!   locals) and copied back into the dict that receives the writes (the
//!   locals dict if given, else the globals dict) when the code returns.
//!   A dict passed in thus sees the writes after exec returns, not during.
//! - Tracebacks show code compiled here as `File "<string>"` without
//!   source lines, like CPython (`tb_modules`).

use crate::builtins::arg_count;
use crate::bytecode::CODE_MODULE;
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub const B_EVAL: usize = 90;
pub const B_EXEC: usize = 91;

pub struct EvalState {
    /// (dict handle, module) for each dict `globals()` returned.
    pub globals_dicts: Vec<(usize, usize)>,
    /// (first code, end code, traceback module) of each compiled source.
    pub tb_modules: Vec<(usize, usize, usize)>,
    /// (filename, ModInfo) that tracebacks use for compiled sources.
    pub tb_files: Vec<(String, usize)>,
    /// The class of compile()'s code objects (0: not made yet; vm_compile.rs).
    pub code_class: usize,
    /// The same for interactive input, "<stdin>".
    pub stdin_module: usize,
}

impl EvalState {
    pub fn new() -> EvalState {
        EvalState { globals_dicts: Vec::new(), tb_modules: Vec::new(), tb_files: Vec::new(), code_class: 0, stdin_module: 0 }
    }
}

pub fn eval_lookup(name: &str) -> Option<usize> {
    match name {
        "eval" => Some(B_EVAL),
        "exec" => Some(B_EXEC),
        _ => None,
    }
}

pub fn eval_name(id: usize) -> &'static str {
    if id == B_EVAL {
        "eval"
    } else {
        "exec"
    }
}

/// CPython strips leading spaces and tabs from `eval` source.
pub fn strip_eval_indent(s: &str) -> String {
    let mut k = 0;
    let b = s.as_bytes();
    while k < b.len() && (b[k] == b' ' || b[k] == b'\t') {
        k += 1;
    }
    s[k..].to_string()
}

impl Vm {
    /// The module a traceback entry for code `code` names.
    pub fn tb_module_of(&self, code: usize) -> usize {
        for r in self.eval_state.tb_modules.iter() {
            if code >= r.0 && code < r.1 {
                return r.2;
            }
        }
        self.code_module[code]
    }

    /// Remembers that dict `d` is a snapshot of module `m`'s globals.
    pub fn note_globals_dict(&mut self, d: &Value, m: usize) {
        if let Value::Ref(h) = d {
            // Only recent snapshots are worth remembering; the list stays short.
            if self.eval_state.globals_dicts.len() >= 64 {
                self.eval_state.globals_dicts.remove(0);
            }
            self.eval_state.globals_dicts.push((*h, m));
        }
    }

    pub fn call_eval_exec(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        let name = eval_name(id);
        let is_eval = id == B_EVAL;
        if !kwnames.is_empty() {
            return Err(type_error(format!("{}() takes no keyword arguments", name).as_str()));
        }
        arg_count(name, &args, 1, 3)?;
        // A code object from compile() brings its own mode and filename.
        let (source, mode, filename) = match self.code_object_parts(&args[0]) {
            Some(parts) => parts,
            None => {
                let s = self.eval_source(name, &args[0])?;
                let m = if is_eval { "eval" } else { "exec" };
                (if is_eval { strip_eval_indent(s.as_str()) } else { s }, m.to_string(), "<string>".to_string())
            }
        };
        let globals = self.eval_dict_arg(&args, 1, name, "globals")?;
        let locals = self.eval_dict_arg(&args, 2, name, "locals")?;
        let mut ast = self.parse_source(source.as_str(), mode.as_str(), filename.as_str())?;
        if mode == "single" {
            crate::repl::display_exprs(&mut ast);
        }
        let (m, scratch) = self.eval_module(&globals, &locals)?;
        let first = self.program.codes.len();
        let compiled = if mode == "eval" {
            crate::compiler_import::compile_eval(&ast, &mut self.program)
        } else {
            crate::compiler_import::compile_module(&ast, &mut self.program)
        };
        let main = match compiled {
            Ok(c) => c,
            // Errors found by the compiler (not the parser) carry no source
            // text, as in CPython.
            Err(e) => return Err(self.syntax_error_exc(filename.as_str(), "", &e)),
        };
        self.load_new_codes(first, m);
        let tb = self.tb_module_named(filename.as_str());
        let end = self.program.codes.len();
        self.eval_state.tb_modules.push((first, end, tb));
        let r = self.run_module_code(main);
        if let Some(seeds) = &scratch {
            self.copy_back(m, seeds, &globals, &locals)?;
        }
        let v = r?;
        Ok(if is_eval && mode == "eval" { v } else { Value::None })
    }

    fn eval_source(&mut self, name: &str, v: &Value) -> Result<String, PyErr> {
        if self.heap.is_str(v) {
            return Ok(self.heap.to_str(v));
        }
        if let Some(Object::Bytes(b)) = self.heap.get(v) {
            let mut s = String::new();
            for c in b.iter() {
                s.push(*c as char);
            }
            return Ok(s);
        }
        Err(type_error(format!("{}() arg 1 must be a string, bytes or code object", name).as_str()))
    }

    fn eval_dict_arg(&mut self, args: &Vec<Value>, k: usize, name: &str, what: &str) -> Result<Value, PyErr> {
        if k >= args.len() {
            return Ok(Value::None);
        }
        match &args[k] {
            Value::None => Ok(Value::None),
            v => match self.heap.get(v) {
                Some(Object::Dict(_)) => Ok(v.clone()),
                _ => {
                    let t = self.heap.type_name(v);
                    if what == "globals" {
                        let msg = if name == "eval" { "globals must be a real dict; try eval(expr, {}, mapping)".to_string() } else { format!("exec() globals must be a dict, not {}", t) };
                        Err(type_error(msg.as_str()))
                    } else {
                        Err(type_error(format!("locals must be a mapping")
                            .as_str()))
                    }
                }
            },
        }
    }

    /// Parses source for `mode` ("exec", "eval" or "single"); a syntax
    /// error names `filename`.
    pub fn parse_source(&mut self, text: &str, mode: &str, filename: &str) -> Result<Vec<crate::ast::Stmt>, PyErr> {
        let (tokens, _) = crate::lexer::Lexer::tokenize_with_warnings(text);
        let mut parser = crate::parser::Parser::new(tokens);
        let ast = match parser.parse_program() {
            Ok(a) => a,
            Err(e) => return Err(self.syntax_error_exc(filename, text, &e)),
        };
        if mode == "eval" && (ast.len() != 1 || !is_expr_stmt(&ast[0])) {
            return Err(err(ExcKind::SyntaxError, format!("invalid syntax ({}, line 1)", filename).as_str()));
        }
        Ok(ast)
    }

    /// The module the code runs in, and whether it is a scratch module.
    fn eval_module(&mut self, globals: &Value, locals: &Value) -> Result<(usize, Option<Vec<(usize, Value)>>), PyErr> {
        let fi = self.frames.len() - 1;
        let code = self.frames[fi].code;
        let caller = self.code_module[code];
        if let (Value::None, Value::None) = (globals, locals) {
            if self.program.codes[code].kind == CODE_MODULE {
                return Ok((caller, None));
            }
        }
        if let (Value::Ref(h), Value::None) = (globals, locals) {
            for e in self.eval_state.globals_dicts.iter() {
                if e.0 == *h {
                    return Ok((e.1, None));
                }
            }
        }
        let m = self.new_module("__main__", "", "", "", false);
        let mut seeds = Vec::new();
        match globals {
            Value::None => {
                let order = self.global_order[caller].clone();
                for i in order.iter() {
                    if let Some(v) = self.globals[caller][*i].clone() {
                        seeds.push((self.program.global_names[*i].clone(), v));
                    }
                }
                let ld = self.locals_dict()?;
                self.dict_seeds(&ld, &mut seeds);
            }
            g => {
                self.dict_seeds(g, &mut seeds);
                self.dict_seeds(locals, &mut seeds);
            }
        }
        let mut seeded = Vec::new();
        for (n, v) in seeds.into_iter() {
            self.set_global(m, n.as_str(), v.clone());
            seeded.push((self.global_slot(n.as_str()), v));
        }
        Ok((m, Some(seeded)))
    }

    fn dict_seeds(&mut self, d: &Value, out: &mut Vec<(String, Value)>) {
        let (keys, values) = match self.heap.get(d) {
            Some(Object::Dict(dd)) => (dd.keys(), dd.values()),
            _ => return,
        };
        for k in 0..keys.len() {
            if self.heap.is_str(&keys[k]) {
                out.push((self.heap.to_str(&keys[k]), values[k].clone()));
            }
        }
    }

    /// Writes the scratch module's globals into the dict that receives
    /// the code's writes.
    fn copy_back(&mut self, m: usize, seeds: &Vec<(usize, Value)>, globals: &Value, locals: &Value) -> Result<(), PyErr> {
        let target = match (globals, locals) {
            (_, Value::Ref(h)) => *h,
            (Value::Ref(h), Value::None) => *h,
            _ => return Ok(()),
        };
        let order = self.global_order[m].clone();
        for i in order.iter() {
            let name = self.program.global_names[*i].clone();
            if name == "__name__" || name == "__package__" || name == "__doc__" {
                continue;
            }
            if let Some(v) = self.globals[m][*i].clone() {
                if self.unchanged_seed(seeds, *i, &v) || (name == "__annotations__" && self.is_empty_dict(&v)) {
                    // Seeds already live in their dict; module code binds an
                    // empty `__annotations__` that CPython's exec would not.
                    continue;
                }
                let k = self.heap.str_from(name.as_str());
                self.heap.dict_set_h(target, &k, &v)?;
            }
        }
        Ok(())
    }

    fn unchanged_seed(&self, seeds: &Vec<(usize, Value)>, i: usize, v: &Value) -> bool {
        for s in seeds.iter() {
            if s.0 == i {
                return crate::ops::is_same(&s.1, v);
            }
        }
        false
    }

    fn is_empty_dict(&self, v: &Value) -> bool {
        match self.heap.get(v) {
            Some(Object::Dict(d)) => d.len() == 0,
            _ => false,
        }
    }

    /// Compiles one interactive input into `__main__` (repl.rs).
    pub fn compile_interactive(&mut self, body: &Vec<crate::ast::Stmt>) -> Result<usize, crate::ast::SyntaxErr> {
        let first = self.program.codes.len();
        let main = crate::compiler_import::compile_module(body, &mut self.program)?;
        self.load_new_codes(first, 0);
        if self.eval_state.stdin_module == 0 {
            let m = self.new_module("<stdin>", "<stdin>", "", "", false);
            self.modules[m].show_source = false;
            self.eval_state.stdin_module = m;
        }
        let end = self.program.codes.len();
        let tb = self.eval_state.stdin_module;
        self.eval_state.tb_modules.push((first, end, tb));
        Ok(main)
    }

    /// Runs code from `compile_interactive`.
    pub fn run_interactive(&mut self, main: usize) -> Result<Value, PyErr> {
        let outer = self.gc_outer_begin();
        let r = self.run_module_code(main);
        self.gc_outer_end(outer);
        r
    }

    /// The entry tracebacks show for source compiled under `filename`
    /// ("<string>" for eval/exec of a str), without source lines.
    fn tb_module_named(&mut self, filename: &str) -> usize {
        for e in self.eval_state.tb_files.iter() {
            if e.0.as_str() == filename {
                return e.1;
            }
        }
        let m = self.new_module(filename, filename, "", "", false);
        self.modules[m].show_source = false;
        self.eval_state.tb_files.push((filename.to_string(), m));
        m
    }
}

fn is_expr_stmt(s: &crate::ast::Stmt) -> bool {
    match &s.kind {
        crate::ast::StmtKind::Expr(_) => true,
        _ => false,
    }
}
