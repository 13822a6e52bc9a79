//! The cache of compiled C runtime objects: the runtime is the same for every translation
//! with the same compiler and flags, so it is compiled once, not once per program.
//!
//! Invariants:
//! - An entry's key covers everything that determines its objects: the text of every
//!   runtime file (sources and headers), the C compiler's name and every flag it is given.
//!   A changed runtime, compiler or flag is a new key; no entry is ever invalidated.
//! - Objects are written under a temporary name and renamed into place, so concurrent
//!   translations never see a partial object.
//! - The cache is `$PYRITE_CACHE_DIR`, else `$XDG_CACHE_HOME/pyrite`, else
//!   `$HOME/.cache/pyrite`; `PYRITE_CACHE_DIR=off` turns it off. Failing to read or write
//!   it costs a compile, never a translation.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

pub struct RuntimeCache {
    /// This key's folder, or None with the cache off.
    dir: Option<PathBuf>,
}

fn root() -> Option<PathBuf> {
    match std::env::var_os("PYRITE_CACHE_DIR") {
        Some(d) if d == "off" => return None,
        Some(d) if !d.is_empty() => return Some(PathBuf::from(d)),
        _ => {}
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("pyrite"));
    }
    std::env::var_os("HOME").filter(|d| !d.is_empty()).map(|h| PathBuf::from(h).join(".cache").join("pyrite"))
}

impl RuntimeCache {
    /// The cache for `files` (name, text) compiled by `cc` with `flags`.
    pub fn new(files: &[(&str, &str, bool)], cc: &str, flags: &[&str]) -> RuntimeCache {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for (name, text, _) in files {
            (name, text).hash(&mut h);
        }
        (cc, flags).hash(&mut h);
        RuntimeCache { dir: root().map(|r| r.join(format!("runtime-{:016x}", h.finish()))) }
    }

    /// Copies the cached `obj` into `dest`; false if it is not cached.
    pub fn fetch(&self, obj: &str, dest: &Path) -> bool {
        match &self.dir {
            Some(d) => std::fs::copy(d.join(obj), dest).is_ok(),
            None => false,
        }
    }

    /// Records the freshly built `built` as `obj`.
    pub fn store(&self, obj: &str, built: &Path) {
        let Some(d) = &self.dir else { return };
        let target = d.join(obj);
        let Some(parent) = target.parent() else { return };
        if std::fs::create_dir_all(parent).is_err() {
            return;
        }
        let tmp = parent.join(format!(".{}.{}", std::process::id(), target.file_name().unwrap_or_default().to_string_lossy()));
        if std::fs::copy(built, &tmp).is_ok() && std::fs::rename(&tmp, &target).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}
