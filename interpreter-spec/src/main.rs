//! Pyrite command line: `pyrite FILE`, `pyrite -c CMD` or `pyrite -m MODULE`.
//!
//! Pipeline (one module per stage): lexer -> parser (AST) -> compiler
//! (bytecode) -> vm.  Invariants of this stage: exit status is 0 on
//! success, 1 for syntax errors and uncaught exceptions, 2 for usage errors
//! and unreadable files -- the same as CPython.  Everything here is written
//! in the conservative Rust subset the Pyrite translator understands.

mod arena_gc;
mod ast;
mod attr_cache;
mod bigint;
mod bigint_ops;
mod builtin_console;
mod builtin_sub;
mod builtin_dunders;
mod builtins;
mod builtins_conv;
mod bytecode;
mod bytes;
mod bytes_methods;
mod buffer_proto;
mod complex;
mod classes;
mod compiler;
mod compiler_expr;
mod compiler_import;
mod compiler_stmt;
mod dict;
mod floatparse;
mod format;
mod fast_arith;
mod format_float;
mod fstring;
mod frozen;
mod frozen_image;
mod frozen_ops;
mod name_index;
mod lexer;
mod lexer_literal;
mod lookup_cache;
mod methods;
mod methods_more;
mod methods_str;
mod methods_str_ext;
mod instance;
mod objects;
mod objects_repr;
mod ops;
mod proto;
mod scope;
mod sets;
mod str_predicates;
mod unicode_case;
mod unicode_db;
mod subscript;
mod parser;
mod pattern;
mod repl;
mod compiler_match;
mod compiler_ann;
mod vm_match;
mod vm_descr;
mod generic_alias;
mod parser_expr;
mod parser_import;
mod parser_stmt;
mod suggestions;
mod traceback;
mod vm;
mod vm_attr;
mod vm_builtins;
mod vm_builtins_fast;
mod vm_builtins_more;
mod vm_builtins_rest;
mod vm_call;
mod vm_class;
mod vm_compile;
mod vm_eval;
mod vm_exc;
mod vm_exstar;
mod vm_tbobj;
mod vm_async;
mod vm_sets;
mod vm_frames;
mod compiler_async;
mod vm_format;
mod vm_gen;
mod vm_import;
mod vm_meta;
mod modules_builtin;
mod run_module;
mod math_erf;
mod math_mod;
mod heapq_mod;
mod errno_mod;
mod gc_mod;
mod io_init;
mod io_methods;
mod io_mod;
mod os_mod;
mod os_fd;
mod os_path;
mod os_path_vm;
mod os_walk;
mod os_scandir;
mod time_mod;
mod stdlib_mod;
mod struct_mod;
mod float_bits;
mod binascii_mod;
mod binascii_more;
mod hash_mod;
mod hash_more;
mod unicodedata_db;
mod unicodedata_mod;
mod unicode_err;
mod zlib_mod;
mod random_mod;
mod vm_ops;

use crate::lexer::Lexer;
use crate::parser::Parser;
use crate::traceback::{print_syntax_error, print_warnings, split_lines};
use crate::vm::Vm;
use std::io::IsTerminal;

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

const HELP: &str = "usage: pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (a subset of python3's):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-i     : inspect interactively after running script or command; also the default
         when no program is given and stdin is a terminal (prompts >>> and ...;
         translated, lines are edited with cursor keys and Up/Down history)
-m mod : run library module as a script (terminates option list); modules are
         looked up built-in, frozen (Python modules compiled into pyrite), then
         as mod.py or mod/__main__.py under the current directory
-q     : don't print the banner when the prompt starts
-V     : print the Python version number and exit (also --version)
-B, -E, -I, -s, -S : accepted for python3 compatibility; they change nothing, since Pyrite
         writes no .pyc files, reads no PYTHON* environment variables and has no site module
file   : program read from script file
-      : program read from stdin (default when no file is given and stdin
         is not a terminal)
arg ...: arguments passed to program in sys.argv[1:]";

fn usage_error(msg: &str) -> ! {
    eprintln!("{}", msg);
    eprintln!("usage: pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    eprintln!("Try `pyrite -h' for more information.");
    std::process::exit(2);
}

/// python3's command line: options, then `-c CMD`, a file, or `-`/nothing for stdin.
/// Returns (index of the first sys.argv[1:] argument, the command if -c,
/// the module if -m, whether -i was given, whether -q was given).
fn parse_options(args: &Vec<String>) -> (usize, Option<String>, Option<String>, bool, bool) {
    let mut interactive = false;
    let mut quiet = false;
    let mut i = 1;
    while i < args.len() {
        let a = args[i].clone();
        if a.as_str() == "--help" {
            println!("{}", HELP);
            std::process::exit(0);
        }
        if a.as_str() == "--version" {
            println!("Python 3.11.2");
            std::process::exit(0);
        }
        if a.len() < 2 || !a.starts_with("-") || a.as_str() == "-" {
            return (i, None, None, interactive, quiet);
        }
        if a.as_str() == "--write-frozen-image" && i + 2 < args.len() {
            crate::frozen::write_image(args[i + 1].as_str(), args[i + 2].as_str());
        }
        if a.starts_with("--") {
            usage_error(format!("unknown option {}", a).as_str());
        }
        let cs: Vec<char> = a.chars().collect();
        let mut k = 1;
        while k < cs.len() {
            let c = cs[k];
            if c == 'c' || c == 'm' {
                let rest: String = cs[k + 1..].iter().collect();
                let (next, value) = if !rest.is_empty() {
                    (i + 1, rest)
                } else if i + 1 >= args.len() {
                    usage_error(format!("Argument expected for the -{} option", c).as_str());
                } else {
                    (i + 2, args[i + 1].clone())
                };
                if c == 'c' {
                    return (next, Some(value), None, interactive, quiet);
                }
                return (next, None, Some(value), interactive, quiet);
            }
            if c == 'h' || c == '?' {
                println!("{}", HELP);
                std::process::exit(0);
            }
            if c == 'V' {
                println!("Python 3.11.2");
                std::process::exit(0);
            }
            if c == 'i' {
                interactive = true;
            } else if c == 'q' {
                quiet = true;
            } else if c != 'B' && c != 'E' && c != 'I' && c != 's' && c != 'S' {
                usage_error(format!("pyrite: option -{} is not supported", c).as_str());
            }
            k += 1;
        }
        i += 1;
    }
    (i, None, None, interactive, quiet)
}

/// A script's bytes as text; not UTF-8 (and no coding declaration support)
/// ends the run with CPython's SyntaxError.
fn source_text(path: &str, bytes: Vec<u8>) -> String {
    match std::str::from_utf8(&bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let at = e.valid_up_to();
            let mut line = 1;
            for k in 0..at {
                if bytes[k] == b'\n' {
                    line += 1;
                }
            }
            let abs = if path.starts_with('/') {
                path.to_string()
            } else {
                let cwd = match std::env::current_dir() {
                    Ok(d) => d.to_str().unwrap_or("").to_string(),
                    Err(_) => String::new(),
                };
                format!("{}/{}", cwd, path)
            };
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at], abs, line
            );
            std::process::exit(1);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (first, command, run_mod, interactive, quiet) = parse_options(&args);
    let script = if command.is_none() && run_mod.is_none() && first < args.len() && args[first].as_str() != "-" { Some(args[first].clone()) } else { None };
    let no_program = command.is_none() && run_mod.is_none() && first >= args.len();
    let repl = interactive || (no_program && std::io::stdin().is_terminal());
    let frozen_main = match run_mod.clone() {
        Some(name) => crate::run_module::find_frozen_main(name.as_str()),
        None => None,
    };
    let (filename, source, from_file) = if let Some(cmd) = command.clone() {
        ("<string>".to_string(), cmd, false)
    } else if let Some((file, _)) = frozen_main.clone() {
        (file, String::new(), false)
    } else if let Some(name) = run_mod.clone() {
        crate::run_module::find_main_module(name.as_str())
    } else if let Some(path) = script.clone() {
        match std::fs::read(&path) {
            Ok(bytes) => (path.clone(), source_text(path.as_str(), bytes), true),
            Err(e) => {
                let text = format!("{}", e);
                eprintln!("pyrite: can't open file '{}': {}", path, os_error_text(text.as_str()));
                std::process::exit(2);
            }
        }
    } else if repl && no_program {
        ("<stdin>".to_string(), String::new(), false)
    } else {
        let mut src = String::new();
        let stdin = std::io::stdin();
        loop {
            let mut line = String::new();
            match stdin.read_line(&mut line) {
                Ok(0) => break,
                Ok(_) => src.push_str(line.as_str()),
                Err(_) => usage_error("pyrite: cannot read the program from stdin"),
            }
        }
        ("<stdin>".to_string(), src, false)
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
    let compiled = match frozen_main {
        Some((_, start)) => Ok(crate::frozen::frozen_program(start)),
        None => crate::compiler::compile(&module),
    };
    let program = match compiled {
        Ok(p) => p,
        Err(e) => {
            print_syntax_error(filename.as_str(), &lines, &e);
            std::process::exit(1);
        }
    };
    let mut vm = Vm::new(program);
    let mut argv = Vec::new();
    if command.is_some() {
        argv.push("-c".to_string());
    } else if run_mod.is_some() {
        argv.push(if from_file { filename.clone() } else { "frozen".to_string() });
    } else if script.is_some() {
        argv.push(filename.clone());
    } else {
        argv.push(if first < args.len() { "-".to_string() } else { String::new() });
    }
    let rest_from = if script.is_some() || (command.is_none() && run_mod.is_none() && first < args.len()) { first + 1 } else { first };
    for k in rest_from..args.len() {
        argv.push(args[k].clone());
    }
    vm.init_main(filename.as_str(), lines.clone(), from_file, argv);
    if run_mod.is_some() {
        vm.set_path0_cwd();
    }
    let r = vm.run();
    if repl {
        // -i: the prompt follows the program, even after an exception.
        if let Err(exc) = &r {
            let status = vm.system_exit_status(exc);
            if status >= 0 {
                vm.flush();
                vm.finalize();
                std::process::exit(status as i32);
            }
            let text = vm.format_exception(exc);
            vm.flush();
            eprint!("{}", text);
        }
        let status = crate::repl::run_repl(&mut vm, no_program && !quiet);
        vm.flush();
        vm.finalize();
        std::process::exit(status);
    }
    match r {
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
