//! Pyrite command line: `pyrite FILE` or `pyrite -c CMD`.
//!
//! Pipeline (one module per stage): lexer -> parser (AST) -> compiler
//! (bytecode) -> vm.  Invariants of this stage: exit status is 0 on
//! success, 1 for syntax errors and uncaught exceptions, 2 for usage errors
//! and unreadable files -- the same as CPython.  Everything here is written
//! in the conservative Rust subset the Pyrite translator understands.

mod ast;
mod bigint;
mod bigint_ops;
mod builtins;
mod builtins_conv;
mod bytecode;
mod classes;
mod compiler;
mod compiler_expr;
mod compiler_import;
mod compiler_stmt;
mod floatparse;
mod format;
mod format_float;
mod fstring;
mod lexer;
mod lexer_literal;
mod methods;
mod methods_str;
mod methods_str_ext;
mod objects;
mod objects_repr;
mod ops;
mod proto;
mod scope;
mod sets;
mod subscript;
mod parser;
mod parser_expr;
mod parser_import;
mod parser_stmt;
mod suggestions;
mod traceback;
mod vm;
mod vm_attr;
mod vm_builtins;
mod vm_builtins_more;
mod vm_call;
mod vm_class;
mod vm_exc;
mod vm_format;
mod vm_gen;
mod vm_import;
mod modules_builtin;
mod math_mod;
mod vm_ops;

use crate::lexer::Lexer;
use crate::parser::Parser;
use crate::traceback::{print_syntax_error, print_warnings, split_lines};
use crate::vm::Vm;

/// "No such file or directory (os error 2)" -> "[Errno 2] No such file or directory"
fn os_error_text(e: &str) -> String {
    let cs = e.chars().collect::<Vec<char>>();
    let marker = " (os error ".chars().collect::<Vec<char>>();
    let found = crate::ops::find_sub(&cs, &marker, 0);
    if found < 0 {
        return e.to_string();
    }
    let mut msg = String::new();
    for k in 0..(found as usize) {
        msg.push(cs[k]);
    }
    let mut num = String::new();
    for k in (found as usize + marker.len())..cs.len() {
        if cs[k].is_ascii_digit() {
            num.push(cs[k]);
        }
    }
    format!("[Errno {}] {}", num, msg)
}

fn usage() {
    eprintln!("usage: pyrite FILE | pyrite -c CMD");
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 2 {
        usage();
        return;
    }
    let (filename, source, from_file) = if args[1].as_str() == "-c" {
        if args.len() < 3 {
            eprintln!("Argument expected for the -c option");
            usage();
            return;
        }
        ("<string>".to_string(), args[2].clone(), false)
    } else {
        let path = args[1].clone();
        match std::fs::read_to_string(&path) {
            Ok(s) => (path, s, true),
            Err(e) => {
                let text = format!("{}", e);
                eprintln!("pyrite: can't open file '{}': {}", path, os_error_text(text.as_str()));
                std::process::exit(2);
            }
        }
    };
    let lines = split_lines(source.as_str());
    let (tokens, warnings) = Lexer::tokenize_with_warnings(source.as_str());
    print_warnings(filename.as_str(), &lines, from_file, &warnings);
    let mut parser = Parser::new(tokens);
    let module = match parser.parse_program() {
        Ok(m) => m,
        Err(e) => {
            print_syntax_error(filename.as_str(), &lines, &e);
            std::process::exit(1);
        }
    };
    let program = match crate::compiler::compile(&module) {
        Ok(p) => p,
        Err(e) => {
            print_syntax_error(filename.as_str(), &lines, &e);
            std::process::exit(1);
        }
    };
    let mut vm = Vm::new(program);
    let mut argv = Vec::new();
    if from_file {
        argv.push(filename.clone());
    } else {
        argv.push("-c".to_string());
    }
    for k in (if from_file { 2 } else { 3 })..args.len() {
        argv.push(args[k].clone());
    }
    vm.init_main(filename.as_str(), lines.clone(), from_file, argv);
    match vm.run() {
        Ok(()) => vm.finalize(),
        Err(exc) => {
            let status = vm.system_exit_status(&exc);
            if status >= 0 {
                vm.flush();
                vm.finalize();
                std::process::exit(status as i32);
            }
            let text = vm.format_exception(&exc);
            vm.flush();
            eprint!("{}", text);
            vm.finalize();
            std::process::exit(1);
        }
    }
}
