//! `os.scandir` (stage 4): a `posix.ScandirIterator` (a file object of
//! kind `K_SCANDIR`, so `with`, iteration and `close` reuse io_mod.rs)
//! over `os.DirEntry` instances.
//!
//! Invariants: the directory is read once, when `scandir` is called, in
//! `readdir` order; an entry's `name` and `path` are instance attributes
//! and its methods (`is_dir`, `is_file`, `is_symlink`, `stat`) are bound
//! methods of its path string under private names (`ENTRY_*`), which only
//! `entry_method` answers; a closed or exhausted iterator just stops.

use crate::objects::{type_error, Object, PyErr, Value};
use crate::vm::Vm;

pub const ENTRY_PREFIX: &str = "__pyrite_entry_";

impl Vm {
    /// `os.scandir(path='.')`.
    pub fn os_scandir(&mut self, args: &Vec<Value>) -> Result<Value, PyErr> {
        crate::builtins::arg_count("scandir", args, 0, 1)?;
        let (dir, dv) = if args.is_empty() || crate::os_mod::is_none_value(&args[0]) {
            (".".to_string(), self.heap.str_from("."))
        } else if self.heap.is_str(&args[0]) {
            (self.heap.to_str(&args[0]), args[0].clone())
        } else {
            return Err(type_error(format!("scandir: path should be string, bytes, os.PathLike, integer or None, not {}", self.heap.type_name(&args[0])).as_str()));
        };
        let rd = match std::fs::read_dir(dir.as_str()) {
            Ok(r) => r,
            Err(e) => return Err(self.io_error_v(&e, Some(dv), None)),
        };
        let os = self.import_dotted("os")?;
        let mi = self.module_index(&os).unwrap();
        let (it_cls, entry_cls) = match (self.get_global(mi, "_ScandirIterator"), self.get_global(mi, "DirEntry")) {
            (Some(Value::Ref(a)), Some(Value::Ref(b))) => (a, b),
            _ => return Err(type_error("os.scandir: classes missing")),
        };
        let mut items = Vec::new();
        for ent in rd {
            if let Ok(ent) = ent {
                if let Ok(name) = ent.file_name().into_string() {
                    let path = crate::os_path::join(&vec![dir.clone(), name.clone()]);
                    let inst = self.heap.new_instance(entry_cls);
                    let h = match &inst {
                        Value::Ref(h) => *h,
                        _ => 0,
                    };
                    let nv = self.heap.str_from(name.as_str());
                    let pv = self.heap.str_from(path.as_str());
                    let s = self.heap.intern("name");
                    self.heap.inst_set(h, s, nv);
                    let s = self.heap.intern("path");
                    self.heap.inst_set(h, s, pv.clone());
                    for m in ["is_dir", "is_file", "is_symlink", "stat"] {
                        let bm = self.heap.alloc(Object::BoundMethod(pv.clone(), format!("{}{}", ENTRY_PREFIX, m)));
                        let s = self.heap.intern(m);
                        self.heap.inst_set(h, s, bm);
                    }
                    items.push(inst);
                }
            }
        }
        let mut fo = crate::io_mod::FileObj::new(crate::io_mod::K_SCANDIR, it_cls);
        fo.items = items;
        Ok(self.heap.alloc(Object::File(Box::new(fo))))
    }

    /// `DirEntry.is_dir(*, follow_symlinks=True)` and friends, on the entry's path.
    pub fn entry_method(&mut self, path: &Value, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let m = &name[ENTRY_PREFIX.len()..];
        if !args.is_empty() {
            return Err(type_error(format!("DirEntry.{}() takes no positional arguments", m).as_str()));
        }
        let mut follow = true;
        for k in 0..kwnames.len() {
            if kwnames[k].as_str() != "follow_symlinks" || m == "is_symlink" {
                return Err(type_error(format!("DirEntry.{}() got an unexpected keyword argument '{}'", m, kwnames[k]).as_str()));
            }
            follow = self.heap.truthy(&kwvalues[k]);
        }
        if m == "stat" {
            return self.os_stat_path(path, follow);
        }
        let p = self.heap.to_str(path);
        let md = if follow && m != "is_symlink" { std::fs::metadata(p.as_str()) } else { std::fs::symlink_metadata(p.as_str()) };
        let r = match md {
            Ok(md) => match m {
                "is_dir" => md.is_dir(),
                "is_file" => md.is_file(),
                _ => md.is_symlink(),
            },
            Err(_) => false,
        };
        Ok(Value::Bool(r))
    }
}
