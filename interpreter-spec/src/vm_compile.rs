//! `compile(source, filename, mode)`: a code object that `exec` and `eval`
//! run (vm_eval.rs).
//!
//! Invariants: a code object is an instance of the class `code`, made on
//! first use, holding its source, mode and filename; the source is parsed
//! and compiled (the code objects are dropped)
//! when compile() is called (so a SyntaxError comes from compile, naming
//! `filename`) and compiled again by each exec/eval that runs it. `flags`,
//! `dont_inherit` and `optimize` are accepted and ignored.

use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub const B_COMPILE: usize = 96;

impl Vm {
    pub fn call_compile(&mut self, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        for k in kwnames.iter() {
            if k != "flags" && k != "dont_inherit" && k != "optimize" {
                return Err(type_error(format!("compile() got an unexpected keyword argument '{}'", k).as_str()));
            }
        }
        let positional = args.len() - kwnames.len();
        if positional < 3 || positional > 6 {
            return Err(type_error(format!("compile() missing required argument 'mode' (pos 3)").as_str()));
        }
        let source = match self.heap.get(&args[0]) {
            Some(Object::Str(cs)) => cs.iter().collect::<String>(),
            Some(Object::Bytes(b)) => String::from_utf8_lossy(b).to_string(),
            _ => return Err(type_error("compile() arg 1 must be a string, bytes or AST object")),
        };
        if !self.heap.is_str(&args[1]) {
            return Err(type_error(format!("compile() argument 'filename' must be str, not {}", self.heap.type_name(&args[1])).as_str()));
        }
        let filename = self.heap.to_str(&args[1]);
        let mode = if self.heap.is_str(&args[2]) { self.heap.to_str(&args[2]) } else { String::new() };
        if mode != "exec" && mode != "eval" && mode != "single" {
            return Err(err(ExcKind::ValueError, "compile() mode must be 'exec', 'eval' or 'single'"));
        }
        let text = source;
        let ast = self.parse_source(text.as_str(), mode.as_str(), filename.as_str())?;
        // The compiler's own errors ('return' outside function, ...) come
        // from compile() too: compile once and drop the code objects.
        let first = self.program.codes.len();
        let compiled = if mode == "eval" {
            crate::compiler_import::compile_eval(&ast, &mut self.program)
        } else {
            crate::compiler_import::compile_module(&ast, &mut self.program)
        };
        self.program.codes.truncate(first);
        self.sync_globals();
        if let Err(e) = compiled {
            return Err(self.syntax_error_exc(filename.as_str(), "", &e));
        }
        let cls = self.code_class();
        let inst = self.heap.new_instance(cls);
        let h = match &inst {
            Value::Ref(h) => *h,
            _ => 0,
        };
        let fields = [("co_filename", filename.clone()), ("co_name", "<module>".to_string()), ("_pyrite_source", text), ("_pyrite_mode", mode)];
        for (name, value) in fields.iter() {
            let sym = self.heap.intern(name);
            let v = self.heap.str_from(value.as_str());
            self.heap.inst_set(h, sym, v);
        }
        Ok(inst)
    }

    /// (source, mode, filename) of a compile() code object.
    pub fn code_object_parts(&mut self, v: &Value) -> Option<(String, String, String)> {
        let cls = self.eval_state.code_class;
        if cls == 0 || !self.heap.isinstance(v, cls) {
            return None;
        }
        let h = match v {
            Value::Ref(h) => *h,
            _ => return None,
        };
        let mut parts = Vec::new();
        for name in ["_pyrite_source", "_pyrite_mode", "co_filename"].iter() {
            let sym = self.heap.intern(name);
            match self.heap.inst_get(h, sym) {
                Some(s) => parts.push(self.heap.to_str(&s)),
                None => return None,
            }
        }
        Some((parts[0].clone(), parts[1].clone(), parts[2].clone()))
    }

    fn code_class(&mut self) -> usize {
        if self.eval_state.code_class == 0 {
            let object = self.heap.types[crate::classes::T_OBJECT];
            self.eval_state.code_class = match self.heap.new_class("code", "code", vec![object]) {
                Ok(c) => c,
                Err(_) => panic!("code class"),
            };
        }
        self.eval_state.code_class
    }
}
