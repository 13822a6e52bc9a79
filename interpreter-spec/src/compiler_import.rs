//! Stage 3 (continued): import statements, and compiling an imported
//! module's source into the running program.
//!
//! Invariants: an import binds names with the ordinary store of the
//! current scope; every op of an import statement carries the whole
//! statement's location (CPython's traceback shows the statement).
//! Modules compiled later append their code objects to the same
//! `Program` and extend its global name table, so code indices and
//! global indices stay program-wide (each module has its own values).

use crate::ast::{Stmt, StmtKind, SyntaxErr};
use crate::bytecode::{CodeObject, Const, Op, Program, CODE_FUNCTION, CODE_MODULE};
use crate::compiler::{err_at, loc_of, new_unit, Compiler};

impl Compiler {
    pub fn compile_import(&mut self, s: &Stmt) -> Result<(), SyntaxErr> {
        let loc = loc_of(&s.span);
        match &s.kind {
            StmtKind::Import(names) => {
                for a in names.iter() {
                    let c = self.add_const(Const::Str(a.name.clone()));
                    self.emit(Op::ImportName(c, 0, a.asname.is_some()), loc.clone());
                    self.store_name(a.bound().as_str(), loc.clone());
                }
            }
            StmtKind::ImportFrom(module, names, level) => {
                if module.as_str() == "__future__" && *level == 0 {
                    for a in names.iter() {
                        if a.name.as_str() == "annotations" {
                            self.future_annotations = true;
                        }
                    }
                }
                let c = self.add_const(Const::Str(module.clone()));
                self.emit(Op::ImportName(c, *level, true), loc.clone());
                if names.len() == 1 && names[0].name.as_str() == "*" {
                    if self.units[self.cur()].kind == CODE_FUNCTION {
                        return Err(err_at("import * only allowed at module level", &s.span));
                    }
                    self.emit(Op::ImportStar, loc.clone());
                    return Ok(());
                }
                for a in names.iter() {
                    let n = self.add_name(a.name.as_str());
                    self.emit(Op::ImportFrom(n), loc.clone());
                    self.store_name(a.bound().as_str(), loc.clone());
                }
                self.emit(Op::Pop, loc);
            }
            _ => {}
        }
        Ok(())
    }
}

/// Compiles an `eval` expression (a one-statement body holding an
/// expression statement) into `prog` as module-kind code returning the
/// expression's value; returns the index of that code.
pub fn compile_eval(body: &Vec<Stmt>, prog: &mut Program) -> Result<usize, SyntaxErr> {
    compile_unit(body, prog, true)
}

fn compile_eval_body(c: &mut Compiler, body: &Vec<Stmt>) -> Result<(), SyntaxErr> {
    if let StmtKind::Expr(e) = &body[0].kind {
        c.compile_expr(e)?;
        c.emit(Op::Return, crate::compiler::loc_of(&body[0].span));
    }
    Ok(())
}

/// Compiles an imported module's body into `prog` (appending code
/// objects and global names); returns the index of its module code.
pub fn compile_module(module: &Vec<Stmt>, prog: &mut Program) -> Result<usize, SyntaxErr> {
    compile_unit(module, prog, false)
}

fn compile_unit(module: &Vec<Stmt>, prog: &mut Program, eval: bool) -> Result<usize, SyntaxErr> {
    crate::scope::check_declarations(module)?;
    let codes = std::mem::replace(&mut prog.codes, Vec::new());
    let names = std::mem::replace(&mut prog.global_names, Vec::new());
    let index = std::mem::replace(&mut prog.global_index, crate::name_index::NameIndex::new());
    let mut c = Compiler { units: Vec::new(), codes: codes, global_names: names, global_index: index, future_annotations: false };
    c.units.push(new_unit(CodeObject::new("<module>"), CODE_MODULE));
    let r = if eval { compile_eval_body(&mut c, module) } else { crate::compiler::compile_body_end(&mut c, module) };
    prog.codes = std::mem::replace(&mut c.codes, Vec::new());
    prog.global_names = std::mem::replace(&mut c.global_names, Vec::new());
    prog.global_index = std::mem::replace(&mut c.global_index, crate::name_index::NameIndex::new());
    r?;
    let unit = c.units.pop().unwrap();
    prog.codes.push(unit.code);
    Ok(prog.codes.len() - 1)
}
