//! The JVM runtime (`runtime/PyrRt.java`): its source, the methods it offers, and its
//! compiled classes, built with `javac --release 17` and cached.
//!
//! Invariants:
//! - `methods` reads the descriptors of the runtime's `public static` methods from its
//!   source, so the backend checks every runtime call against what the runtime defines.
//! - The compiled classes are cached under `$PYRITE_CACHE_DIR` (default
//!   `$XDG_CACHE_HOME/pyrite` or `~/.cache/pyrite`; `off` disables it), keyed by a hash of
//!   the source and the `javac` version line; a cache failure costs a compile, never a
//!   translation. Entries are written to a temporary folder and renamed into place.
//! - A missing `javac` is an error naming the Debian package to install.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime's source text.
pub const SOURCE: &str = include_str!("../runtime/PyrRt.java");

/// The Debian package providing `java` and `javac`.
pub const DEBIAN_PACKAGE: &str = "openjdk-17-jdk-headless";

/// `name -> descriptor` of every `public static` method in `src`.
pub fn methods(src: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for line in src.lines() {
        let Some(rest) = line.trim_start().strip_prefix("public static ") else { continue };
        let Some(open) = rest.find('(') else { continue };
        let Some(close) = rest.find(')') else { continue };
        let head: Vec<&str> = rest[..open].split_whitespace().collect();
        let [.., ret, name] = head.as_slice() else { continue };
        let ty = |t: &str| -> Option<&'static str> {
            Some(match t {
                "int" => "I",
                "long" => "J",
                "float" => "F",
                "double" => "D",
                "void" => "V",
                "boolean" => "Z",
                "String[]" => "[Ljava/lang/String;",
                "RuntimeException" => "Ljava/lang/RuntimeException;",
                _ => return None,
            })
        };
        let mut d = String::from("(");
        let mut ok = true;
        for p in rest[open + 1..close].split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match p.split_whitespace().next().and_then(ty) {
                Some(t) => d.push_str(t),
                None => ok = false,
            }
        }
        d.push(')');
        match ty(ret) {
            Some(t) if ok => {
                d.push_str(t);
                out.insert(name.to_string(), d);
            }
            _ => {}
        }
    }
    out
}

fn cache_root() -> Option<PathBuf> {
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

/// Checks that `java` and `javac` can run; the error names the package to install.
pub fn check_tools() -> Result<String, String> {
    let mut version = String::new();
    for tool in ["java", "javac"] {
        match Command::new(tool).arg("-version").output() {
            Ok(o) if o.status.success() => {
                if tool == "javac" {
                    version = String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
                }
            }
            _ => {
                return Err(format!(
                    "error: `{}` was not found or does not run; the JVM backend needs a JDK (17 or later)\nhelp: on Debian: apt-get install {}",
                    tool, DEBIAN_PACKAGE
                ))
            }
        }
    }
    Ok(version.trim().to_string())
}

fn read_classes(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut v = vec![];
    let rd = std::fs::read_dir(dir).map_err(|e| format!("error: cannot read {}: {}", dir.display(), e))?;
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.ends_with(".class") {
            let b = std::fs::read(e.path()).map_err(|e| format!("error: {}", e))?;
            v.push((name, b));
        }
    }
    v.sort();
    if v.is_empty() {
        return Err(format!("internal error: no runtime classes in {}", dir.display()));
    }
    Ok(v)
}

/// The runtime's compiled classes (file name, bytes), from the cache or from `javac`.
/// `work` is a scratch folder this call may use.
pub fn compiled(work: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let version = check_tools()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (SOURCE, &version).hash(&mut h);
    let key = format!("jvm-runtime-{:016x}", h.finish());
    let cached = cache_root().map(|r| r.join(&key));
    if let Some(d) = &cached {
        if let Ok(v) = read_classes(d) {
            return Ok(v);
        }
    }
    let src_dir = work.join("rt-src");
    let out_dir = work.join("rt-classes");
    std::fs::create_dir_all(&src_dir).and_then(|_| std::fs::create_dir_all(&out_dir)).map_err(|e| format!("error: cannot create {}: {}", work.display(), e))?;
    std::fs::write(src_dir.join("PyrRt.java"), SOURCE).map_err(|e| format!("error: {}", e))?;
    let r = Command::new("javac")
        .args(["--release", "17", "-nowarn", "-XDignore.symbol.file", "-d"])
        .arg(&out_dir)
        .arg(src_dir.join("PyrRt.java"))
        .output()
        .map_err(|e| format!("error: cannot run javac: {}\nhelp: on Debian: apt-get install {}", e, DEBIAN_PACKAGE))?;
    if !r.status.success() {
        return Err(format!("internal error: javac rejected the JVM runtime:\n{}", String::from_utf8_lossy(&r.stderr)));
    }
    let classes = read_classes(&out_dir)?;
    if let Some(d) = &cached {
        let tmp = d.with_extension(format!("tmp{}", std::process::id()));
        let ok = std::fs::create_dir_all(&tmp).is_ok() && classes.iter().all(|(n, b)| std::fs::write(tmp.join(n), b).is_ok());
        if !ok || std::fs::rename(&tmp, d).is_err() {
            let _ = std::fs::remove_dir_all(&tmp);
        }
    }
    Ok(classes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_descriptors_from_the_source() {
        let m = super::methods("    public static long pyr_gc_alloc(long size) {\n  public static void pyr_exit(int code) {\n static int x(int a) {");
        assert_eq!(m["pyr_gc_alloc"], "(J)J");
        assert_eq!(m["pyr_exit"], "(I)V");
        assert!(!m.contains_key("x"));
        // The real runtime defines what every program needs.
        let m = super::methods(super::SOURCE);
        assert_eq!(m["pyr_write_out"], "(JJ)V");
        assert_eq!(m["start"], "([Ljava/lang/String;)V");
    }
}
