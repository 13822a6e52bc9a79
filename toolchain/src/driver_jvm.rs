//! The driver's part for `--backend jvm`: checks the choice of target and GC before any
//! work, then turns the verified module into a runnable jar (generated classes, the
//! compiled JVM runtime, a manifest naming `Main`).
//! Invariant: the JVM backend is refused, with a reason, for anything it cannot run: a
//! 32-bit target, a collecting GC policy, a missing JDK (naming the Debian package).

use crate::diag::{plain, DResult};
use crate::driver::Options;
use std::path::PathBuf;
use std::time::Instant;

pub fn check(o: &Options) -> DResult<()> {
    if o.target.name != "jvm" && o.target.name != "host" {
        return Err(plain(format!("error: the JVM backend targets the JVM (`--target jvm`), not `{}`", o.target.name)));
    }
    if o.target.pointer_width != 64 {
        return Err(plain("error: the JVM backend needs a 64-bit target description".to_string()));
    }
    if o.gc != "none" {
        return Err(plain(format!(
            "error: `--gc {}` is not supported with `--backend jvm`: translated objects live in off-heap memory, which the JVM's collector does not manage, and the backend does not lower the GC transform yet\nhelp: use `--gc none` (allocation never frees), or `--backend c` for collecting policies",
            o.gc
        )));
    }
    if !o.check_only {
        pyrite_backend_jvm::rt::check_tools().map_err(plain)?;
    }
    Ok(())
}

fn stage<T>(quiet: bool, name: &str, f: impl FnOnce() -> Result<T, String>) -> DResult<T> {
    let t = Instant::now();
    let r = f().map_err(plain)?;
    if !quiet {
        eprintln!("[translate] {:<10} {:>8.1} ms", name, t.elapsed().as_secs_f64() * 1000.0);
    }
    Ok(r)
}

pub fn build(o: &Options, m: &pyrite_ir::Module, out: PathBuf, start: Instant) -> DResult<PathBuf> {
    let entries = stage(o.quiet, "jvm", || pyrite_backend_jvm::compile_module(m, pyrite_backend_jvm::rt::SOURCE))?;
    let work = std::env::temp_dir().join(format!("pyrite-jvm-{}-{}", std::process::id(), start.elapsed().as_nanos()));
    let rt = stage(o.quiet, "runtime", || pyrite_backend_jvm::rt::compiled(&work));
    let _ = std::fs::remove_dir_all(&work);
    let rt = rt?;
    if let Some(dir) = &o.emit_c {
        // Keep the class files, for javap.
        stage(o.quiet, "emit", || {
            for (name, bytes) in entries.iter().chain(rt.iter()) {
                let p = dir.join(name);
                if let Some(parent) = p.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| format!("error: cannot create {}: {}", parent.display(), e))?;
                }
                std::fs::write(&p, bytes).map_err(|e| format!("error: cannot write {}: {}", p.display(), e))?;
            }
            Ok(())
        })?;
    }
    stage(o.quiet, "jar", || pyrite_backend_jvm::write_jar(&out, entries, rt))?;
    if !o.quiet {
        eprintln!("[translate] wrote {} (jvm target; run with `java -jar {}`) in {:.2} s", out.display(), out.display(), start.elapsed().as_secs_f64());
    }
    Ok(out)
}
