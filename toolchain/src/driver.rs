//! The pipeline driver: runs the stages in order and reports progress and timing on stderr.
//! Invariant: each stage's output is checked before the next stage sees it (the flow-graph
//! verifier runs on the whole module before any backend).

use crate::build::ModuleCx;
use crate::diag::{plain, DResult};
use crate::sema::items::Program;
use crate::target::Target;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct Options {
    pub input: PathBuf,
    pub target: Target,
    pub gc: String,
    pub opt: String,
    pub output: Option<PathBuf>,
    pub emit_c: Option<PathBuf>,
    pub dump_graphs: Option<PathBuf>,
    pub jobs: usize,
    pub quiet: bool,
    /// Stop after the graphs are verified (no C, no cc).
    pub check_only: bool,
}

/// The C runtime, written next to the generated files: (path in the build directory, text,
/// whether it is compiled only for collecting policies).
const RUNTIME_FILES: &[(&str, &str, bool)] = &[
    ("pyrite_rt.c", include_str!("../../backends/c/runtime/pyrite_rt.c"), false),
    ("pyrite_rt.h", include_str!("../../backends/c/runtime/pyrite_rt.h"), false),
    ("gc/gc.h", include_str!("../../backends/c/runtime/gc/gc.h"), false),
    ("gc/registry.h", GC_REGISTRY, false),
    ("gc/gc_internal.h", include_str!("../../backends/c/runtime/gc/gc_internal.h"), true),
    ("gc/gc_core.c", include_str!("../../backends/c/runtime/gc/gc_core.c"), true),
    ("gc/semispace.c", include_str!("../../backends/c/runtime/gc/semispace.c"), true),
    ("gc/markcompact.c", include_str!("../../backends/c/runtime/gc/markcompact.c"), true),
    ("gc/marksweep.c", include_str!("../../backends/c/runtime/gc/marksweep.c"), true),
];

/// The runtime's policy registry: one `PYR_GC_POLICY(name, "description")` line per policy.
const GC_REGISTRY: &str = include_str!("../../backends/c/runtime/gc/registry.h");

/// The `--gc` choices: `none` (no collector) and every policy in the runtime's registry,
/// each with its description.
pub fn gc_policies() -> Vec<(String, String)> {
    let mut v = vec![("none".to_string(), "bump allocation, never frees".to_string())];
    for line in GC_REGISTRY.lines() {
        if let Some(rest) = line.strip_prefix("PYR_GC_POLICY(") {
            if let Some((name, desc)) = rest.split_once(',') {
                let desc = desc.trim().trim_end_matches(')').trim_matches('"');
                v.push((name.trim().to_string(), desc.to_string()));
            }
        }
    }
    v
}

struct Progress {
    quiet: bool,
    start: Instant,
}

impl Progress {
    fn stage<T>(&self, name: &str, f: impl FnOnce() -> DResult<T>) -> DResult<T> {
        let t = Instant::now();
        let r = f()?;
        if !self.quiet {
            eprintln!("[translate] {:<10} {:>8.1} ms", name, t.elapsed().as_secs_f64() * 1000.0);
        }
        Ok(r)
    }
}

fn default_output(input: &Path, root: &Path) -> PathBuf {
    if input.is_dir() {
        // The interpreter crate's binary is called `pyrite`.
        let cargo = input.join("Cargo.toml");
        if let Ok(text) = std::fs::read_to_string(&cargo) {
            if let Some(line) = text.lines().skip_while(|l| !l.starts_with("[[bin]]")).find(|l| l.trim_start().starts_with("name")) {
                if let Some(n) = line.split('"').nth(1) {
                    return PathBuf::from(n);
                }
            }
        }
        let name = input.canonicalize().ok().and_then(|p| p.file_name().map(|s| s.to_string_lossy().to_string())).unwrap_or_else(|| "a.out".into());
        return PathBuf::from(name);
    }
    PathBuf::from(root.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| "a.out".into()))
}

pub fn run(o: &Options) -> DResult<PathBuf> {
    let p = Progress { quiet: o.quiet, start: Instant::now() };
    let policies = gc_policies();
    if !policies.iter().any(|(n, _)| *n == o.gc) {
        let names: Vec<&str> = policies.iter().map(|(n, _)| n.as_str()).collect();
        return Err(plain(format!("error: unknown GC policy `{}`; available policies: {}", o.gc, names.join(", "))));
    }
    let root = crate::frontend::crate_root(&o.input)?;
    if !o.check_only {
        o.target.check_cc()?;
    }
    let krate = p.stage("parse", || crate::frontend::load(&root))?;
    let prog = p.stage("items", || Program::new(krate, o.target.pointer_width))?;
    let main = prog.krate.main_fn.ok_or_else(|| plain(format!("error: `main` function not found in {}", root.display())))?;
    let mut cx = ModuleCx::new(&prog);
    let quiet = o.quiet;
    let m = p.stage("graphs", || {
        let entry = cx.entry(main)?;
        cx.m.entry = Some(entry);
        let mut last = Instant::now();
        cx.run(&mut |n, name| {
            if !quiet && last.elapsed().as_millis() > 500 {
                eprintln!("[translate]   {} functions built (now: {})", n, name);
                last = Instant::now();
            }
        })?;
        Ok(())
    });
    m?;
    let enum_tags = cx.layouts.enum_tags.clone();
    let mut module = cx.finish();
    p.stage("verify", || pyrite_ir::verify::verify_module(&module).map_err(|e| plain(format!("internal error: {}", e))))?;
    if o.gc != "none" {
        p.stage("gc", || {
            crate::gc::transform(&mut module, &o.gc, enum_tags);
            pyrite_ir::verify::verify_module(&module).map_err(|e| plain(format!("internal error after the GC transform: {}", e)))
        })?;
    }
    if !o.quiet {
        eprintln!("[translate]   {} functions, {} structs, {} globals", module.functions.len(), module.structs.len(), module.globals.len());
    }
    if let Some(dir) = &o.dump_graphs {
        p.stage("dump", || dump_graphs(&module, dir))?;
    }
    let out = o.output.clone().unwrap_or_else(|| default_output(&o.input, &root));
    if o.check_only {
        return Ok(out);
    }
    let files = p.stage("emit-c", || {
        let opts = pyrite_backend_c::COptions { files: o.jobs.max(1) * 2 };
        Ok(pyrite_backend_c::emit_module(&module, &opts))
    })?;
    let keep = o.emit_c.is_some();
    let dir = match &o.emit_c {
        Some(d) => d.clone(),
        None => std::env::temp_dir().join(format!("pyrite-build-{}-{}", std::process::id(), p.start.elapsed().as_nanos())),
    };
    std::fs::create_dir_all(&dir).map_err(|e| plain(format!("error: cannot create {}: {}", dir.display(), e)))?;
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| plain(format!("error: cannot write {}: {}", dir.join(name).display(), e)));
    std::fs::create_dir_all(dir.join("gc")).map_err(|e| plain(format!("error: cannot create {}: {}", dir.join("gc").display(), e)))?;
    for (name, text, _) in RUNTIME_FILES {
        write(name, text)?;
    }
    for f in &files {
        write(&f.name, &f.contents)?;
    }
    let result = p.stage("cc", || compile(o, &dir, &files, &out));
    if !keep {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result?;
    if !o.quiet {
        eprintln!("[translate] wrote {} ({} target) in {:.2} s", out.display(), o.target.name, p.start.elapsed().as_secs_f64());
    }
    Ok(out)
}

fn dump_graphs(m: &pyrite_ir::Module, dir: &Path) -> DResult<()> {
    std::fs::create_dir_all(dir).map_err(|e| plain(format!("error: cannot create {}: {}", dir.display(), e)))?;
    for (i, f) in m.functions.iter().enumerate() {
        let base: String = f.name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).take(80).collect();
        let stem = format!("{:04}_{}", i, base);
        std::fs::write(dir.join(format!("{}.dot", stem)), pyrite_ir::dump::function_dot(m, f)).map_err(|e| plain(e.to_string()))?;
        std::fs::write(dir.join(format!("{}.txt", stem)), pyrite_ir::dump::function_text(m, f)).map_err(|e| plain(e.to_string()))?;
    }
    Ok(())
}

/// C compiler flags for an optimisation level. Optimised builds use link-time optimisation,
/// so small prelude functions inline across the generated files.
fn opt_flags(o: &str) -> &'static [&'static str] {
    match o {
        "0" => &["-O0"],
        "size" | "mem" => &["-Os", "-flto=auto"],
        _ => &["-O2", "-flto=auto"],
    }
}

fn compile(o: &Options, dir: &Path, files: &[pyrite_backend_c::CFile], out: &Path) -> DResult<()> {
    let mut sources: Vec<String> = files.iter().filter(|f| f.name.ends_with(".c")).map(|f| f.name.clone()).collect();
    for (name, _, gc_only) in RUNTIME_FILES {
        if name.ends_with(".c") && (!gc_only || o.gc != "none") {
            sources.push(name.to_string());
        }
    }
    let jobs = o.jobs.max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let errors = std::sync::Mutex::new(vec![]);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if i >= sources.len() {
                    break;
                }
                let src = &sources[i];
                let obj = format!("{}.o", src.trim_end_matches(".c"));
                let mut cmd = std::process::Command::new(&o.target.cc);
                cmd.current_dir(dir)
                    .args(["-std=gnu11", "-fno-strict-aliasing", "-ffp-contract=off", "-fwrapv", "-w", "-c", src, "-o", &obj])
                    .args(opt_flags(&o.opt))
                    .args(&o.target.cflags);
                match cmd.output() {
                    Ok(r) if r.status.success() => {}
                    Ok(r) => errors.lock().unwrap().push(format!("{}: {}", src, String::from_utf8_lossy(&r.stderr))),
                    Err(e) => errors.lock().unwrap().push(format!("cannot run {}: {}", o.target.cc, e)),
                }
            });
        }
    });
    let errs = errors.into_inner().unwrap();
    if !errs.is_empty() {
        return Err(plain(format!("internal error: the C compiler rejected generated code:\n{}", errs.join("\n"))));
    }
    let out_abs = if out.is_absolute() { out.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(out) };
    let objs: Vec<String> = sources.iter().map(|s| format!("{}.o", s.trim_end_matches(".c"))).collect();
    let r = std::process::Command::new(&o.target.cc)
        .current_dir(dir)
        .args(&objs)
        .args(opt_flags(&o.opt))
        .args(&o.target.cflags)
        .arg("-o")
        .arg(&out_abs)
        .args(&o.target.ldflags)
        .arg("-lm")
        .arg("-lpthread")
        .output()
        .map_err(|e| plain(format!("error: cannot run {}: {}", o.target.cc, e)))?;
    if !r.status.success() {
        return Err(plain(format!("error: linking failed:\n{}", String::from_utf8_lossy(&r.stderr))));
    }
    Ok(())
}
