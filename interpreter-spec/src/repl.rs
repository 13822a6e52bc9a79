//! The interactive prompt: `pyrite` on a terminal, or `pyrite -i ...` after
//! the program ran.
//!
//! Invariants:
//! - Every input runs in the `__main__` module's globals (module 0), like
//!   CPython's `single` mode: each expression statement outside functions
//!   and classes passes its value to the display hook, which prints it with
//!   `repr` and binds it to `_` unless it is None (builtin_console.rs).
//! - An input that needs more lines (a compound statement or decorator, an
//!   open bracket, a trailing backslash, an unterminated triple-quoted
//!   string) is read on `... ` prompts until it parses; a compound one until
//!   an empty line.
//! - Prompts, the banner and errors go to stderr, results to stdout, as in
//!   CPython. An exception prints its traceback (`File "<stdin>"`, no source
//!   lines) and the prompt continues; SystemExit ends the process with its
//!   status; end of input prints a newline and exits with 0.
//! - Lines are read with `Stdin::read_line`: translated, the runtime's line
//!   editor serves it on a terminal (cursor keys, history); untranslated,
//!   editing is the terminal's own.

use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::traceback::{print_syntax_error, split_lines};
use crate::vm::Vm;

pub const BANNER: &str = "Pyrite (Python 3.11 language, interpreter translated from its Rust spec)";

enum Input {
    Complete(Vec<crate::ast::Stmt>),
    NeedMore,
    Bad(crate::ast::SyntaxErr),
}

/// Does `err` say the source ended too early?
fn incomplete(msg: &str) -> bool {
    msg.contains("was never closed")
        || msg.contains("unexpected EOF")
        || msg.contains("expected an indented block")
        || msg.contains("unterminated triple-quoted string")
        || msg.contains("unexpected end of input")
}

fn opens_block(first_line: &str) -> bool {
    let t = first_line.trim_end();
    let code = match t.find('#') {
        Some(i) => t[..i].trim_end(),
        None => t,
    };
    code.ends_with(':') || code.trim_start().starts_with('@')
}

fn parse(src: &str, block: bool, last_empty: bool) -> Input {
    if block && !last_empty {
        return Input::NeedMore;
    }
    if src.trim_end_matches('\n').ends_with('\\') {
        return Input::NeedMore;
    }
    let (tokens, _) = crate::lexer::Lexer::tokenize_with_warnings(src);
    let mut parser = crate::parser::Parser::new(tokens);
    match parser.parse_program() {
        Ok(m) => Input::Complete(m),
        Err(e) => {
            if incomplete(e.msg.as_str()) && !last_empty {
                Input::NeedMore
            } else {
                Input::Bad(e)
            }
        }
    }
}

fn read_line(prompt: &str) -> Option<String> {
    eprint!("{}", prompt);
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => None,
        Ok(_) => Some(line),
        Err(_) => None,
    }
}

/// Runs the prompt until end of input or SystemExit; returns the exit status.
pub fn run_repl(vm: &mut Vm, banner: bool) -> i32 {
    if banner {
        eprintln!("{}", BANNER);
    }
    loop {
        vm.flush();
        let first = match read_line(">>> ") {
            Some(l) => l,
            None => {
                eprintln!();
                return 0;
            }
        };
        if first.trim().is_empty() {
            continue;
        }
        let block = opens_block(first.as_str());
        let mut src = first;
        let mut last_empty = false;
        let body = loop {
            match parse(src.as_str(), block, last_empty) {
                Input::Complete(m) => break Some(m),
                Input::Bad(e) => {
                    let lines = split_lines(src.as_str());
                    vm.flush();
                    print_syntax_error("<stdin>", &lines, &e);
                    break None;
                }
                Input::NeedMore => match read_line("... ") {
                    Some(l) => {
                        last_empty = l.trim().is_empty();
                        src.push_str(l.as_str());
                    }
                    None => {
                        eprintln!();
                        return 0;
                    }
                },
            }
        };
        if let Some(m) = body {
            if let Some(status) = run_input(vm, &m) {
                return status;
            }
        }
    }
}

/// CPython's `single` mode: each expression statement outside functions
/// and classes hands its value to the display hook.
pub fn display_exprs(body: &mut Vec<Stmt>) {
    for s in body.iter_mut() {
        match &mut s.kind {
            StmtKind::Expr(e) => {
                let span = e.span.clone();
                let hook = Expr { kind: ExprKind::Name(crate::builtin_console::DISPLAYHOOK.to_string()), span: span.clone() };
                let value = e.clone();
                *e = Expr { kind: ExprKind::Call(Box::new(hook), vec![value], Vec::new()), span: span };
            }
            StmtKind::If(_, a, b) | StmtKind::While(_, a, b) | StmtKind::For(_, _, a, b, _) => {
                display_exprs(a);
                display_exprs(b);
            }
            StmtKind::With(_, _, a, _) => display_exprs(a),
            StmtKind::Try(a, handlers, b, c) => {
                display_exprs(a);
                for h in handlers.iter_mut() {
                    display_exprs(&mut h.body);
                }
                display_exprs(b);
                display_exprs(c);
            }
            StmtKind::Match(_, cases) => {
                for c in cases.iter_mut() {
                    display_exprs(&mut c.body);
                }
            }
            _ => {}
        }
    }
}

/// Runs one input; Some(status) if it raised SystemExit.
fn run_input(vm: &mut Vm, body: &Vec<Stmt>) -> Option<i32> {
    let mut body = body.clone();
    display_exprs(&mut body);
    let main = match vm.compile_interactive(&body) {
        Ok(c) => c,
        Err(e) => {
            // Like CPython's prompt, errors found by the compiler (not the
            // parser) show no source line.
            vm.flush();
            print_syntax_error("<stdin>", &Vec::new(), &e);
            return None;
        }
    };
    match vm.run_interactive(main) {
        Ok(_) => None,
        Err(e) => report(vm, e),
    }
}

fn report(vm: &mut Vm, e: crate::objects::PyErr) -> Option<i32> {
    let exc = vm.materialize(e);
    let status = vm.system_exit_status(&exc);
    if status >= 0 {
        vm.flush();
        return Some(status as i32);
    }
    let text = vm.format_exception(&exc);
    vm.flush();
    eprint!("{}", text);
    None
}
