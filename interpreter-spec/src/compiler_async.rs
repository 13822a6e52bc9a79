//! Stage 3 (continued): `await`, `async for`, `async with` and async
//! comprehension clauses (the VM side is vm_async.rs).
//!
//! Invariants: every await is `Op::Async` producing an awaitable iterator
//! followed by the `yield from` loop (`emit_await_loop`), so a suspended
//! coroutine always sits at `Send; Yield` like a delegating generator
//! (vm_gen.rs relies on that shape for `throw`).  They are only compiled
//! in the unit of an `async def` (`async_kind != 0`).

use crate::ast::{Expr, Span, Stmt, SyntaxErr};
use crate::bytecode::{Const, Loc, Op, CODE_FUNCTION};
use crate::compiler::{err_at, loc_of, Compiler, FBlock};

impl Compiler {
    /// SyntaxError unless the current unit is an `async def` body.
    pub fn check_async(&self, what: &str, span: &Span) -> Result<(), SyntaxErr> {
        let u = &self.units[self.cur()];
        if what == "await" && u.kind != CODE_FUNCTION {
            return Err(err_at("'await' outside function", span));
        }
        if u.code.async_kind == 0 {
            let msg = match what {
                "await" => "'await' outside async function",
                "comp" => "asynchronous comprehension outside of an asynchronous function",
                "for" => "'async for' outside async function",
                _ => "'async with' outside async function",
            };
            return Err(err_at(msg, span));
        }
        Ok(())
    }

    /// `await x`.
    pub fn compile_await(&mut self, x: &Expr, span: &Span) -> Result<(), SyntaxErr> {
        self.check_async("await", span)?;
        self.compile_expr(x)?;
        let loc = loc_of(span);
        self.emit(Op::Async(0, 0), loc.clone());
        self.emit_await_loop(loc);
        Ok(())
    }

    /// awaitable -> result: delegates to the awaitable on top.
    pub fn emit_await_loop(&mut self, loc: Loc) {
        self.load_const(Const::None, loc.clone());
        let start = self.emit(Op::Send(0), loc.clone());
        self.emit(Op::Yield, loc.clone());
        self.emit(Op::Jump(start), loc.clone());
        let end = self.here();
        self.patch(start, end);
    }

    /// The head of an `async for` loop over the async iterator on the
    /// stack: returns (loop start, the try setup to patch to the end).
    pub fn emit_async_next(&mut self, loc: &Loc) -> (usize, usize) {
        let start = self.here();
        let setup = self.emit(Op::SetupTry(0), loc.clone());
        self.emit(Op::Async(2, 0), loc.clone());
        self.emit_await_loop(loc.clone());
        self.emit(Op::PopBlock, loc.clone());
        (start, setup)
    }

    pub fn compile_async_for(&mut self, target: &Expr, iter: &Expr, body: &Vec<Stmt>, orelse: &Vec<Stmt>, span: &Span) -> Result<(), SyntaxErr> {
        self.check_async("for", span)?;
        let loc = loc_of(span);
        self.compile_expr(iter)?;
        self.emit(Op::Async(1, 0), loc_of(&iter.span));
        let (start, setup) = self.emit_async_next(&loc);
        self.compile_store(target)?;
        let u = self.cur();
        self.units[u].fblocks.push(FBlock::Loop(start, Vec::new(), true));
        self.compile_body(body)?;
        self.emit(Op::Jump(start), loc.clone());
        let breaks = self.pop_loop();
        let h = self.here();
        self.patch_setup(setup, h);
        self.emit(Op::Async(3, 0), loc.clone());
        self.compile_body(orelse)?;
        let end = self.here();
        for b in breaks.iter() {
            self.patch(*b, end);
        }
        Ok(())
    }

    pub fn compile_async_with(&mut self, e: &Expr, target: &Option<Expr>, body: &Vec<Stmt>, span: &Span) -> Result<(), SyntaxErr> {
        self.check_async("with", span)?;
        let loc = loc_of(span);
        let u = self.cur();
        self.compile_expr(e)?;
        self.emit(Op::Async(4, 0), loc_of(&e.span));
        self.emit_await_loop(loc_of(&e.span));
        let setup = self.emit(Op::Async(5, 0), loc_of(&e.span));
        match target {
            Some(t) => self.compile_store(t)?,
            None => {
                self.emit(Op::Pop, loc.clone());
            }
        }
        self.units[u].fblocks.push(FBlock::AsyncWith);
        self.compile_body(body)?;
        self.units[u].fblocks.pop();
        self.emit(Op::PopBlock, loc.clone());
        self.emit_async_exit(&loc);
        let jend = self.emit(Op::Jump(0), loc.clone());
        let h = self.here();
        self.units[u].code.ops[setup] = Op::Async(5, h);
        self.emit(Op::Async(7, 0), loc.clone());
        self.emit_await_loop(loc.clone());
        let jswallow = self.emit(Op::PopJumpIfTrue(0), loc.clone());
        self.emit(Op::Reraise, loc.clone());
        let h2 = self.here();
        self.patch(jswallow, h2);
        self.emit(Op::PopExcept, loc.clone());
        self.emit(Op::Pop, loc.clone());
        let end = self.here();
        self.patch(jend, end);
        Ok(())
    }

    /// exit -> : awaits `exit(None, None, None)`.
    pub fn emit_async_exit(&mut self, loc: &Loc) {
        self.emit(Op::Async(6, 0), loc.clone());
        self.emit_await_loop(loc.clone());
        self.emit(Op::Pop, loc.clone());
    }
}
