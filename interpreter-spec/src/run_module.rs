//! `pyrite -m MODULE`: finding the source a module would be imported from,
//! to run it as `__main__` (CPython's runpy, without importing parents).
//!
//! Invariants:
//! - Lookup order matches the import system's: built-in (which has no code,
//!   so it is an error), frozen, then under the current directory
//!   (`sys.path[0]` is `''` for -m) `a/b.py` or the package's `a/b/__main__.py`.
//! - Every failure prints CPython's message after `pyrite: ` and exits 1.
//! - Returns (file name for tracebacks, source, from a real file), or for a
//!   frozen module where its code is in the frozen image.

use crate::vm::Vm;

fn fail(msg: String) -> ! {
    eprintln!("pyrite: {}", msg);
    std::process::exit(1);
}

fn readable(path: &str) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => Some(s),
        Err(_) => None,
    }
}

/// A frozen module to run as `__main__`: (file name for tracebacks, its
/// code in the image); None if `name` is not frozen.
pub fn find_frozen_main(name: &str) -> Option<(String, usize)> {
    let (start, is_pkg) = crate::frozen::frozen_lookup(name)?;
    if is_pkg {
        let main = format!("{}.__main__", name);
        match crate::frozen::frozen_lookup(main.as_str()) {
            Some((s, _)) => return Some((crate::frozen::frozen_file(main.as_str()), s)),
            None => fail(format!("No module named {}; '{}' is a package and cannot be directly executed", main, name)),
        }
    }
    Some((crate::frozen::frozen_file(name), start))
}

/// A module's source to run as `__main__` (frozen modules are found
/// first, by `find_frozen_main`).
pub fn find_main_module(name: &str) -> (String, String, bool) {
    if name == "sys" || name == "math" {
        fail(format!("No code object available for {}", name));
    }
    let base = name.replace(".", "/");
    let init = format!("{}/__init__.py", base);
    if readable(init.as_str()).is_some() {
        let main = format!("{}/__main__.py", base);
        match readable(main.as_str()) {
            Some(s) => return (main, s, true),
            None => fail(format!("No module named {}.__main__; '{}' is a package and cannot be directly executed", name, name)),
        }
    }
    let file = format!("{}.py", base);
    match readable(file.as_str()) {
        Some(s) => (file, s, true),
        None => fail(format!("No module named {}", name)),
    }
}

impl Vm {
    /// `sys.path[0] = ''`: -m searches the current directory.
    pub fn set_path0_cwd(&mut self) {
        let e = self.heap.str_from("");
        if let crate::objects::Value::Ref(h) = self.sys_path.clone() {
            if let crate::objects::Object::List(l) = &mut self.heap.objs[h] {
                if !l.is_empty() {
                    l[0] = e;
                }
            }
        }
    }
}
