//! The console builtins: `input([prompt])`, `exit`/`quit` (which
//! CPython's `site` adds), and the interactive prompt's display hook.
//!
//! Invariants: `input` writes the prompt where `print` writes (flushed
//! first), removes the trailing newline and nothing else, and raises
//! `EOFError("EOF when reading a line")` at end of input, as CPython does.
//! `exit(code)`/`quit(code)` raise `SystemExit` like `sys.exit`.

use crate::builtins::arg_count;
use crate::objects::{err, err_arg, ExcKind, PyErr, Value};
use crate::vm::Vm;

pub const B_INPUT: usize = 92;
pub const B_EXIT: usize = 93;
pub const B_QUIT: usize = 94;
pub const B_DISPLAYHOOK: usize = 95;
/// The builtin the interactive prompt calls with each expression
/// statement's value (repl.rs).
pub const DISPLAYHOOK: &str = "__pyrite_displayhook__";

pub fn console_name(id: usize) -> &'static str {
    match id {
        B_INPUT => "input",
        B_EXIT => "exit",
        B_DISPLAYHOOK => DISPLAYHOOK,
        _ => "quit",
    }
}

impl Vm {
    pub fn call_console(&mut self, id: usize, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        if id == B_INPUT {
            return self.call_input(args, kwnames);
        }
        let name = console_name(id);
        self.no_kw(name, &kwnames)?;
        if id == B_DISPLAYHOOK {
            arg_count(name, &args, 1, 1)?;
            if let Value::None = args[0] {
                return Ok(Value::None);
            }
            let s = self.v_repr(&args[0])?;
            self.out.push_str(s.as_str());
            self.out.push('\n');
            self.set_global(0, "_", args[0].clone());
            return Ok(Value::None);
        }
        arg_count(name, &args, 0, 1)?;
        if args.is_empty() {
            return Err(err(ExcKind::SystemExit, ""));
        }
        Err(err_arg(ExcKind::SystemExit, "", args[0].clone()))
    }

    pub fn call_input(&mut self, args: Vec<Value>, kwnames: Vec<String>) -> Result<Value, PyErr> {
        self.no_kw("input", &kwnames)?;
        arg_count("input", &args, 0, 1)?;
        if args.len() == 1 {
            let prompt = self.v_str(&args[0])?;
            let mut file = Value::None;
            if self.stdout_redirected {
                if let Some(f) = self.get_global(1, "stdout") {
                    file = f;
                }
            }
            if let Value::None = file {
                self.out.push_str(prompt.as_str());
            } else {
                self.write_to(&file, prompt.as_str())?;
            }
        }
        self.flush();
        let mut line = String::new();
        let n = match std::io::stdin().read_line(&mut line) {
            Ok(n) => n,
            Err(_) => 0,
        };
        if n == 0 {
            return Err(err(ExcKind::EOFError, "EOF when reading a line"));
        }
        if line.ends_with('\n') {
            line.pop();
        }
        Ok(self.heap.str_from(line.as_str()))
    }
}
