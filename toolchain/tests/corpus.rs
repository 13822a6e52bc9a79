//! The data-driven test suite. Every file under the repository's `tests/` folders is a case:
//!
//! - `tests/spec-programs/*.rs`: dialect programs; rustc -O is the oracle. Each is translated
//!   and run in these configurations, and must match stdout, stderr and the exit code:
//!   - C for the host (`spec::host::NAME`);
//!   - C for armv5-maemo, under qemu-arm (`spec::armv5-maemo::NAME`);
//!   - Cranelift for the host, and for aarch64-linux under qemu when `aarch64-linux-gnu-gcc`
//!     and `qemu-aarch64` are installed (`cranelift::host::NAME`, `cranelift::aarch64-linux::NAME`);
//!   - CIL run by mono when `ilasm` and `mono` are installed (`cli::host::NAME`);
//!   - the JVM (`jvm::host::NAME`, `java -XX:-DontCompileHugeMethods -jar`);
//!   - every GC policy of the runtime's registry in its stress mode (`// gc-stress: N`,
//!     default 1), at -O0: C on the host and armv5 (`gc::POLICY::host::NAME`, ...),
//!     Cranelift (`cranelift::gc::POLICY::host::NAME`) and CIL (`cli::gc::POLICY::host::NAME`).
//!
//!   All of them run with PYRITE_TEST_FULL=1. Without it (CI's budget of 30 minutes on two
//!   cores), `spec::host` and `cranelift::host` run every program, and the rest a sample:
//!   armv5, JVM and Cranelift's generational policy the even-numbered programs (in sorted
//!   order), aarch64 and CIL the odd ones, and the C GC matrix each program under one policy
//!   (program i under policy k when i + k is a multiple of the number of policies). The
//!   `// bench` programs (minutes each under emulation or stress) run only on the host
//!   outside PYRITE_TEST_FULL=1.
//! - `tests/gc/*.rs`: allocation-heavy programs run under every policy with statistics on,
//!   and with a heap limit below their live size (they must panic "out of memory").
//! - `tests/unsupported/*.rs`: must be rejected with a located error (`// error:`, `// at:`).
//! - `tests/graphs/*.rs`: golden flow-graph dumps in `*.graph`; PYRITE_BLESS=1 rewrites them.
//! - `tests/python/*.py`: run by the translated interpreter; /usr/bin/python3 is the oracle.
//!   Every program runs under the C interpreter (`python::*`) and the Cranelift one
//!   (`cranelift::python::*`). With PYRITE_TEST_FULL=1 every program also runs under each of
//!   these; without it, the sample named:
//!   - the interpreter translated at -O1 under each GC policy, PYRITE_GC_STRESS=20 or the
//!     program's `# gc-stress: N` (`gc::POLICY::python::*`: program i under policy k when
//!     i + k is a multiple of 16);
//!   - Cranelift's build under the generational policy (`cranelift::gc::generational::python::*`,
//!     every eighth program);
//!   - the CLI build run by mono (`cli::python::*`, every fourth program; under the
//!     generational policy, `cli::gc::generational::python::*`, FULL only) and the JVM build
//!     (`jvm::python::*`, every eighth program);
//!   - the interpreter's own collector of Python objects in its stress mode
//!     (`pygc::python::*`: every eighth program and every `*_gc_*` one, with the C
//!     interpreter, PYRITE_PYGC_STRESS = the program's `# pygc-stress: N`, default 1: a
//!     collection at every safe point, which finds roots the collector misses).
//!   `python::frozen_image_fresh` checks that the committed frozen code image
//!   (`interpreter-spec/lib/frozen.img`) is what `interpreter-spec/freeze.sh` would write.
//! - `tests/repl/*.in`: interactive sessions, fed on stdin to `-i -q` of both;
//!   `tests/repl/*.tty`: sessions typed into a pseudo-terminal (tmux), screens compared.
//! - `python::closed_stdout::*`: writing to a closed pipe, against CPython.
//!
//! A first line `// xfail: reason` marks a known gap: the case must still fail, so that
//! fixing it forces removing the marker.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn translate() -> &'static str {
    env!("CARGO_BIN_EXE_translate")
}

fn work_dir() -> PathBuf {
    let d = root().join("target").join("pyrite-tests");
    std::fs::create_dir_all(&d).unwrap();
    d
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

/// Runs a command with a deadline; stdin is empty.
fn run(cmd: &mut Command, limit: Duration) -> Result<Outcome, String> {
    run_stdin(cmd, limit, Stdio::null())
}

/// Runs a command with a deadline, reading `stdin`.
fn run_stdin(cmd: &mut Command, limit: Duration, stdin: Stdio) -> Result<Outcome, String> {
    let mut child = cmd
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("RUST_BACKTRACE")
        .spawn()
        .map_err(|e| format!("cannot run {:?}: {}", cmd, e))?;
    let start = Instant::now();
    let out_pipe = child.stdout.take().unwrap();
    let err_pipe = child.stderr.take().unwrap();
    let reader = |mut p: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut v = vec![];
            let _ = p.read_to_end(&mut v);
            v
        })
    };
    let (o, e) = (reader(Box::new(out_pipe)), reader(Box::new(err_pipe)));
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(Outcome { stdout: o.join().unwrap(), stderr: e.join().unwrap(), code: status.code().unwrap_or(-1) });
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {:?}: {:?}", limit, cmd));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Rust 1.95 prints the thread id in panic messages; it differs between runs.
fn normalize_panic(s: &[u8]) -> String {
    let s = String::from_utf8_lossy(s).to_string();
    let mut out = String::new();
    for line in s.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("thread 'main' (") {
            if let Some(i) = rest.find(')') {
                out.push_str("thread 'main'");
                out.push_str(&rest[i + 1..]);
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

fn header(text: &str, key: &str) -> Option<String> {
    text.lines().take(4).find_map(|l| l.strip_prefix(&format!("// {}:", key)).map(|v| v.trim().to_string()))
}

fn compare(what: &str, want: &Outcome, got: &Outcome) -> Result<(), Failed> {
    let (ws, gs) = (String::from_utf8_lossy(&want.stdout), String::from_utf8_lossy(&got.stdout));
    let (we, ge) = (normalize_panic(&want.stderr), normalize_panic(&got.stderr));
    if ws != gs || we != ge || want.code != got.code {
        let first_diff = |a: &str, b: &str| -> String {
            for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
                if x != y {
                    return format!("line {}: expected {:?}, got {:?}", i + 1, x, y);
                }
            }
            format!("lengths differ: expected {} lines, got {}", a.lines().count(), b.lines().count())
        };
        let mut msg = format!("{} differs from the oracle:\n", what);
        if ws != gs {
            msg.push_str(&format!("  stdout: {}\n", first_diff(&ws, &gs)));
        }
        if we != ge {
            msg.push_str(&format!("  stderr: {}\n", first_diff(&we, &ge)));
        }
        if want.code != got.code {
            msg.push_str(&format!("  exit code: expected {}, got {}\n", want.code, got.code));
        }
        return Err(msg.into());
    }
    Ok(())
}

/// rustc -O's behaviour for a program, cached by a hash of its source.
fn oracle(rel: &str, source: &str) -> Result<Outcome, Failed> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    source.hash(&mut h);
    let name = Path::new(rel).file_stem().unwrap().to_string_lossy().to_string();
    let dir = work_dir().join("oracle");
    std::fs::create_dir_all(&dir).unwrap();
    let base = dir.join(format!("{}-{:016x}", name, h.finish()));
    let (o, e, c) = (base.with_extension("out"), base.with_extension("err"), base.with_extension("code"));
    if let (Ok(out), Ok(err), Ok(code)) = (std::fs::read(&o), std::fs::read(&e), std::fs::read_to_string(&c)) {
        return Ok(Outcome { stdout: out, stderr: err, code: code.trim().parse().unwrap_or(-1) });
    }
    // The cases of one program share the oracle: compute it once (one lock per program, so
    // two programs' oracles compile side by side).
    type Locks = std::sync::Mutex<std::collections::HashMap<String, Arc<std::sync::Mutex<()>>>>;
    static ORACLE_LOCKS: OnceLock<Locks> = OnceLock::new();
    let lock = ORACLE_LOCKS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner()).entry(name.clone()).or_default().clone();
    let _guard = lock.lock().unwrap_or_else(|e| e.into_inner());
    if let (Ok(out), Ok(err), Ok(code)) = (std::fs::read(&o), std::fs::read(&e), std::fs::read_to_string(&c)) {
        return Ok(Outcome { stdout: out, stderr: err, code: code.trim().parse().unwrap_or(-1) });
    }
    let exe = base.with_extension("rustc");
    let r = run(Command::new("rustc").current_dir(root()).args(["-O", "-o"]).arg(&exe).arg(rel), Duration::from_secs(120))?;
    if r.code != 0 {
        return Err(format!("rustc rejected {}:\n{}", rel, String::from_utf8_lossy(&r.stderr)).into());
    }
    let r = run(Command::new(&exe).current_dir(root()), Duration::from_secs(60))?;
    // The check above reads without the lock: each file appears whole, by rename, and the
    // code file last (a reader once saw an empty code file and took it for exit code -1).
    let publish = |path: &Path, bytes: &[u8]| {
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, bytes).unwrap();
        std::fs::rename(&tmp, path).unwrap();
    };
    publish(&o, &r.stdout);
    publish(&e, &r.stderr);
    publish(&c, r.code.to_string().as_bytes());
    Ok(r)
}

fn translate_to(rel: &str, target: &str, out: &Path, extra: &[&str]) -> Result<Outcome, Failed> {
    Ok(run(
        Command::new(translate()).current_dir(root()).args(["-q", "-j", "1", "--target", target, "-o"]).arg(out).arg(rel).args(extra),
        Duration::from_secs(300),
    )?)
}

/// A command running a binary built for `target` here (directly, or under qemu).
fn runner(target: &str, exe: &Path) -> Command {
    match target {
        "host" => Command::new(exe),
        "jvm" => {
            // Huge generated methods (over 8000 bytes of bytecode) are JIT-compiled too.
            let mut c = Command::new("java");
            c.args(["-XX:-DontCompileHugeMethods", "-jar"]).arg(exe);
            c
        }
        "aarch64-linux" => {
            let mut c = Command::new("qemu-aarch64");
            c.args(["-L", "/usr/aarch64-linux-gnu"]).arg(exe);
            c
        }
        _ => {
            let mut c = Command::new("qemu-arm");
            c.args(["-L", "/usr/arm-linux-gnueabi"]).arg(exe);
            c
        }
    }
}

/// A corpus program translated by `backend` for `target`; with `gc`, under that policy and
/// its stress mode (`PYRITE_GC_STRESS` = the program's `// gc-stress: N` header, else 1).
fn spec_case(rel: String, backend: &'static str, target: &'static str, gc: Option<&'static str>) -> Result<(), Failed> {
    let source = std::fs::read_to_string(root().join(&rel)).unwrap();
    let xfail = header(&source, "xfail");
    let want = oracle(&rel, &source)?;
    let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
    let exe = match gc {
        None => work_dir().join(format!("{}-{}-{}", name, backend, target)),
        Some(p) => work_dir().join(format!("{}-{}-{}-gc-{}", name, backend, target, p)),
    };
    let stress = header(&source, "gc-stress").unwrap_or_else(|| "1".into());
    let result = (|| -> Result<(), Failed> {
        // The GC matrix compiles at -O0: half the cc time, and the collectors' correctness
        // does not depend on the C optimiser (roots live in memory the shadow stack exposes).
        let mut extra: Vec<String> = match gc {
            Some(p) => vec![format!("--gc={}", p), "-O".into(), "0".into()],
            None => vec![],
        };
        extra.push(format!("--backend={}", backend));
        let t = translate_to(&rel, target, &exe, &extra.iter().map(|s| s.as_str()).collect::<Vec<_>>())?;
        if t.code != 0 {
            return Err(format!("translate failed:\n{}", String::from_utf8_lossy(&t.stderr)).into());
        }
        let mut cmd = runner(target, &exe);
        if gc.is_some() {
            cmd.env("PYRITE_GC_STRESS", &stress);
        }
        let got = run(cmd.current_dir(root()), Duration::from_secs(600))?;
        let what = match gc {
            None => format!("{} ({}, --backend={})", rel, target, backend),
            Some(p) => format!("{} ({}, --backend={}, --gc={}, PYRITE_GC_STRESS={})", rel, target, backend, p, stress),
        };
        compare(&what, &want, &got)
    })();
    match (xfail, result) {
        (None, r) => r,
        (Some(_), Err(_)) => Ok(()),
        (Some(why), Ok(())) => Err(format!("{} is marked `xfail: {}` but now passes; remove the marker", rel, why).into()),
    }
}

/// `tests/gc/*.rs` under one policy: output as rustc's, a `gc-stats` line showing
/// collections, and the out-of-memory panic under a heap limit below the live size
/// (`// gc-max-heap-below-live: SIZE`).
fn gc_case(rel: String, backend: &'static str, policy: &'static str) -> Result<(), Failed> {
    let source = std::fs::read_to_string(root().join(&rel)).unwrap();
    let want = oracle(&rel, &source)?;
    let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
    let exe = work_dir().join(format!("{}-{}-gc-{}", name, backend, policy));
    let t = translate_to(&rel, "host", &exe, &[&format!("--gc={}", policy), &format!("--backend={}", backend)])?;
    if t.code != 0 {
        return Err(format!("translate failed:\n{}", String::from_utf8_lossy(&t.stderr)).into());
    }
    let got = run(Command::new(&exe).current_dir(root()).env("PYRITE_GC_STATS", "1"), Duration::from_secs(300))?;
    if got.stdout != want.stdout || got.code != want.code {
        return Err(format!("{} --gc={}: stdout or exit code differ from rustc's (exit {} vs {}):\n{}", rel, policy, got.code, want.code, String::from_utf8_lossy(&got.stdout)).into());
    }
    let err = String::from_utf8_lossy(&got.stderr);
    let stats: Vec<&str> = err.lines().filter(|l| l.starts_with("gc-stats ")).collect();
    if stats.len() != 1 || !stats[0].starts_with(&format!("gc-stats policy={} collections=", policy)) {
        return Err(format!("expected one gc-stats line for {}, stderr was:\n{}", policy, err).into());
    }
    let collections: u64 = stats[0].split(' ').find_map(|f| f.strip_prefix("collections=")).and_then(|n| n.parse().ok()).unwrap_or(0);
    if collections == 0 {
        return Err(format!("no collections: {}", stats[0]).into());
    }
    if let Some(limit) = header(&source, "gc-max-heap-below-live") {
        let oom = run(Command::new(&exe).current_dir(root()).env("PYRITE_GC_MAX_HEAP", &limit), Duration::from_secs(300))?;
        let err = String::from_utf8_lossy(&oom.stderr);
        if oom.code != 101 || !err.contains("panicked at") || !err.contains("out of memory") {
            return Err(format!("PYRITE_GC_MAX_HEAP={}: expected the out-of-memory panic (exit 101), got exit {}:\n{}", limit, oom.code, err).into());
        }
    }
    Ok(())
}

fn unsupported_case(rel: String) -> Result<(), Failed> {
    let source = std::fs::read_to_string(root().join(&rel)).unwrap();
    let want = header(&source, "error").ok_or("missing `// error:` header")?;
    let at = header(&source, "at");
    let r = run(Command::new(translate()).current_dir(root()).args(["-q", "--check"]).arg(&rel), Duration::from_secs(60))?;
    let err = String::from_utf8_lossy(&r.stderr);
    if r.code != 1 {
        return Err(format!("expected exit code 1, got {}:\n{}", r.code, err).into());
    }
    let line = err.lines().find(|l| l.contains(&want)).ok_or_else(|| format!("no error containing {:?}:\n{}", want, err))?;
    let prefix = match &at {
        Some(a) => format!("{}:{}: ", rel, a),
        None => format!("{}:", rel),
    };
    if !line.starts_with(&prefix) {
        return Err(format!("error not located at {:?}: {}", prefix, line).into());
    }
    Ok(())
}

fn graph_case(rel: String) -> Result<(), Failed> {
    let source = std::fs::read_to_string(root().join(&rel)).unwrap();
    let functions: Vec<String> = header(&source, "functions").ok_or("missing `// functions:` header")?.split(',').map(|s| s.trim().to_string()).collect();
    let dir = work_dir().join(format!("graphs-{}", Path::new(&rel).file_stem().unwrap().to_string_lossy()));
    let _ = std::fs::remove_dir_all(&dir);
    let r = run(Command::new(translate()).current_dir(root()).args(["-q", "--check", "--dump-graphs"]).arg(&dir).arg(&rel), Duration::from_secs(60))?;
    if r.code != 0 {
        return Err(format!("translate failed:\n{}", String::from_utf8_lossy(&r.stderr)).into());
    }
    let mut got = String::new();
    for f in &functions {
        let suffix = format!("_{}.txt", f);
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        let file = entries
            .iter()
            .find(|p| p.file_name().unwrap().to_string_lossy()[5..] == suffix[1..])
            .ok_or_else(|| format!("no graph dumped for function `{}`", f))?;
        got.push_str(&std::fs::read_to_string(file).unwrap());
    }
    let golden = root().join(&rel).with_extension("graph");
    if std::env::var_os("PYRITE_BLESS").is_some() {
        std::fs::write(&golden, &got).unwrap();
        return Ok(());
    }
    let want = std::fs::read_to_string(&golden).map_err(|_| format!("missing {}; run with PYRITE_BLESS=1", golden.display()))?;
    if want != got {
        return Err(format!("flow graphs of {} differ from {} (PYRITE_BLESS=1 to update):\n{}", rel, golden.display(), got).into());
    }
    Ok(())
}

/// The translated interpreter, built once per backend and GC policy (`None`: `--gc=none`).
fn interpreter(backend: &'static str, gc: Option<&'static str>) -> Result<PathBuf, Failed> {
    type Cell = Arc<OnceLock<Result<PathBuf, String>>>;
    static BUILT: OnceLock<std::sync::Mutex<std::collections::HashMap<(&'static str, Option<&'static str>), Cell>>> = OnceLock::new();
    let cell = BUILT.get_or_init(Default::default).lock().unwrap().entry((backend, gc)).or_default().clone();
    cell.get_or_init(|| {
        let exe = work_dir().join(match gc {
            None if backend == "jvm" => "pyrite-jvm.jar".to_string(),
            None => format!("pyrite-{}", backend),
            Some(p) => format!("pyrite-{}-gc-{}", backend, p),
        });
        let mut cmd = Command::new(translate());
        cmd.current_dir(root()).args(["-q", "-j", "2", "--backend", backend, "-o"]).arg(&exe).arg("interpreter-spec");
        if let Some(p) = gc {
            // The GC variants build at -O1 (no link-time optimisation): a third of the
            // C compiler's time, for the sampled programs they run.
            cmd.arg(format!("--gc={}", p)).args(["-O", "1"]);
        }
        let r = run(&mut cmd, Duration::from_secs(600))?;
        if r.code != 0 {
            return Err(format!("translating interpreter-spec failed:\n{}", String::from_utf8_lossy(&r.stderr)));
        }
        Ok(exe)
    })
    .clone()
    .map_err(Failed::from)
}

/// A Python program against CPython; with `gc`, by the interpreter translated with that
/// policy, in its stress mode (`# gc-stress: N` in the first lines, default 20: the
/// interpreter allocates on nearly every bytecode, and N=1 costs minutes per policy).
fn python_case(rel: String, backend: &'static str, gc: Option<&'static str>) -> Result<(), Failed> {
    python_case_env(rel, backend, gc, false)
}

/// `python_case`; with `pygc`, in the stress mode of the interpreter's collector of Python
/// objects (`PYRITE_PYGC_STRESS` = the program's `# pygc-stress: N`, default 1).
fn python_case_env(rel: String, backend: &'static str, gc: Option<&'static str>, pygc: bool) -> Result<(), Failed> {
    let script = root().join(&rel);
    let want = run(Command::new("/usr/bin/python3").current_dir(root()).arg(&script), Duration::from_secs(60))?;
    let exe = interpreter(backend, gc)?;
    let mut cmd = if backend == "jvm" { runner("jvm", &exe) } else { Command::new(&exe) };
    let source = std::fs::read_to_string(&script).unwrap_or_default();
    let header = |key: &str| source.lines().take(4).find_map(|l| l.strip_prefix(key)).map(|v| v.trim().to_string());
    if gc.is_some() {
        cmd.env("PYRITE_GC_STRESS", header("# gc-stress:").unwrap_or_else(|| "20".into()));
    }
    if pygc {
        cmd.env("PYRITE_PYGC_STRESS", header("# pygc-stress:").unwrap_or_else(|| "1".into()));
    }
    let got = run(cmd.current_dir(root()).arg(&script), Duration::from_secs(300))?;
    let want = Outcome { stderr: want.stderr.replace_python(), ..want };
    compare(&rel, &want, &got)
}

/// An interactive session (`tests/repl/*.in` fed to `-i -q` on stdin) against CPython's.
fn repl_case(rel: String) -> Result<(), Failed> {
    let input = root().join(&rel);
    let open = || std::fs::File::open(&input).map(Stdio::from).map_err(|e| e.to_string());
    let want = run_stdin(Command::new("/usr/bin/python3").current_dir(root()).args(["-i", "-q"]), Duration::from_secs(60), open()?)?;
    let exe = interpreter("c", None)?;
    let got = run_stdin(Command::new(&exe).current_dir(root()).args(["-i", "-q"]), Duration::from_secs(60), open()?)?;
    compare(&rel, &want, &got)
}

/// A session typed into a pseudo-terminal (`tests/repl/*.tty`, driven by tmux through
/// `tests/repl/tty.sh`): the screen must be CPython's.
fn tty_case(rel: String) -> Result<(), Failed> {
    if Command::new("tmux").arg("-V").stdout(Stdio::null()).status().is_err() {
        return Err("tmux is needed for the terminal tests: apt-get install tmux".into());
    }
    let driver = root().join("tests/repl/tty.sh");
    let want = run(Command::new(&driver).current_dir(root()).arg("/usr/bin/python3").arg(&rel), Duration::from_secs(60))?;
    let exe = interpreter("c", None)?;
    let got = run(Command::new(&driver).current_dir(root()).arg(&exe).arg(&rel), Duration::from_secs(60))?;
    compare(&rel, &want, &got)
}

/// Writing to a pipe whose reader is gone ends in BrokenPipeError, as in CPython: the
/// same stderr and exit status for print(), sys.stdout.write() and the exit-time flush.
fn closed_pipe_case(program: &'static str) -> Result<(), Failed> {
    let closed = |exe: &Path| -> Result<(String, i32), String> {
        // The read end is closed before the child starts: closing it after the spawn would
        // race with a fast interpreter that writes and exits first.
        let (reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
        drop(reader);
        // PYTHONUNBUFFERED would make CPython write at every print.
        let child = Command::new(exe)
            .env_remove("PYTHONUNBUFFERED")
            .args(["-c", program])
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        let out = child.wait_with_output().map_err(|e| e.to_string())?;
        Ok((String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap_or(-1)))
    };
    let want = closed(Path::new("/usr/bin/python3"))?;
    let got = closed(&interpreter("c", None)?)?;
    if want != got {
        return Err(format!("closed stdout, {:?}: CPython gave {:?}, pyrite {:?}", program, want, got).into());
    }
    Ok(())
}

/// The committed frozen code image (`interpreter-spec/lib/frozen.img`) must be what the
/// interpreter writes from the current library sources and compiler.
fn frozen_image_case() -> Result<(), Failed> {
    let exe = interpreter("c", None)?;
    let out = work_dir().join("frozen-image-fresh.img");
    let r = run(Command::new(&exe).current_dir(root()).args(["--write-frozen-image", "interpreter-spec/lib"]).arg(&out), Duration::from_secs(120))?;
    if r.code != 0 {
        return Err(format!("pyrite --write-frozen-image failed ({}):\n{}", r.code, String::from_utf8_lossy(&r.stderr)).into());
    }
    let fresh = std::fs::read(&out).map_err(|e| format!("{}: {}", out.display(), e))?;
    let committed = std::fs::read(root().join("interpreter-spec/lib/frozen.img")).unwrap_or_default();
    if fresh != committed {
        return Err(format!(
            "interpreter-spec/lib/frozen.img is stale: regenerating it gives different bytes ({} against {} committed). \
             Run `interpreter-spec/freeze.sh` and commit the result. (If this still fails afterwards, the translated \
             interpreter writes a different image than the untranslated one: a translation bug.)",
            fresh.len(),
            committed.len()
        )
        .into());
    }
    Ok(())
}

trait ReplacePython {
    fn replace_python(&self) -> Vec<u8>;
}
impl ReplacePython for Vec<u8> {
    /// CPython names itself in some messages; the interpreter says `pyrite`.
    fn replace_python(&self) -> Vec<u8> {
        String::from_utf8_lossy(self).replace("/usr/bin/python3:", "pyrite:").into_bytes()
    }
}

fn files(dir: &str, ext: &str) -> Vec<String> {
    let mut v: Vec<String> = match std::fs::read_dir(root().join(dir)) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(ext))
            .map(|n| format!("{}/{}", dir, n))
            .collect(),
        Err(_) => vec![],
    };
    v.sort();
    v
}

/// Every collecting policy in the runtime's registry (`PYR_GC_POLICY(name, ...)` lines).
fn gc_policies() -> Vec<&'static str> {
    let reg = std::fs::read_to_string(root().join("backends/c/runtime/gc/registry.h")).unwrap();
    reg.lines()
        .filter_map(|l| l.strip_prefix("PYR_GC_POLICY(")?.split(',').next())
        .map(|n| &*Box::leak(n.trim().to_string().into_boxed_str()))
        .collect()
}

/// A trial that, with PYRITE_TEST_TIMES=FILE, appends its name and wall time to FILE
/// (how the CI budget is apportioned; libtest prints no per-test times).
fn trial<F>(name: String, body: F) -> Trial
where
    F: FnOnce() -> Result<(), Failed> + Send + 'static,
{
    let Some(log) = std::env::var_os("PYRITE_TEST_TIMES") else { return Trial::test(name.clone(), body) };
    Trial::test(name.clone(), move || {
        let start = Instant::now();
        let result = body();
        let line = format!("{:.2} {}\n", start.elapsed().as_secs_f64(), name);
        use std::io::Write;
        if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&log) {
            let _ = f.write_all(line.as_bytes());
        }
        result
    })
}

fn main() {
    let args = Arguments::from_args();
    let full = std::env::var_os("PYRITE_TEST_FULL").is_some();
    let mut trials = vec![];
    let policies = gc_policies();
    let have_aarch64 = ["aarch64-linux-gnu-gcc", "qemu-aarch64"].iter().all(|p| Command::new(p).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok());
    let have_mono = ["ilasm", "mono"].iter().all(|p| Command::new(p).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok());
    for (i, rel) in files("tests/spec-programs", ".rs").into_iter().enumerate() {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(root().join(&rel)).unwrap();
        let bench = source.lines().take(3).any(|l| l.trim() == "// bench");
        // Without PYRITE_TEST_FULL=1 (CI's 30-minute budget on 2 cores) the slower
        // configurations run a sample of the programs: `half` is every other one, and the
        // `// bench` programs (minutes each under emulation or stress) are left out of them.
        let half = !bench && i % 2 == 0;
        let other_half = !bench && i % 2 == 1;
        let r = rel.clone();
        trials.push(trial(format!("spec::host::{}", name), move || spec_case(r, "c", "host", None)));
        let r = rel.clone();
        trials.push(trial(format!("spec::armv5-maemo::{}", name), move || spec_case(r, "c", "armv5-maemo", None)).with_ignored_flag(!half && !full));
        // The Cranelift backend: the host always, aarch64 under qemu when its cross
        // compiler is installed (the C backend's aarch64 build is not in the suite).
        let r = rel.clone();
        trials.push(trial(format!("cranelift::host::{}", name), move || spec_case(r, "cranelift", "host", None)));
        let r = rel.clone();
        trials.push(trial(format!("cranelift::aarch64-linux::{}", name), move || spec_case(r, "cranelift", "aarch64-linux", None)).with_ignored_flag((!other_half && !full) || !have_aarch64));
        // The CLI backend (CIL run by mono; `--gc none` only), when mono is installed.
        let r = rel.clone();
        trials.push(trial(format!("cli::host::{}", name), move || spec_case(r, "cli", "host", None)).with_ignored_flag(!have_mono || (!other_half && !full)));
        // The JVM backend (`java -jar`, about half a second of JVM start-up per program).
        let r = rel.clone();
        trials.push(trial(format!("jvm::host::{}", name), move || spec_case(r, "jvm", "jvm", None)).with_ignored_flag(!half && !full));
        for (k, &policy) in policies.iter().enumerate() {
            // Under the CLI backend, with PYRITE_TEST_FULL=1 only (mono's start-up per run).
            let r = rel.clone();
            trials.push(trial(format!("cli::gc::{}::host::{}", policy, name), move || spec_case(r, "cli", "host", Some(policy))).with_ignored_flag(!full || !have_mono));
            // Under Cranelift, the policy with the card barrier (half the programs); the
            // others with PYRITE_TEST_FULL=1.
            let r = rel.clone();
            let default_policy = policy == "generational" && half;
            trials.push(trial(format!("cranelift::gc::{}::host::{}", policy, name), move || spec_case(r, "cranelift", "host", Some(policy))).with_ignored_flag(!default_policy && !full));
            // Under C on the host, each program runs under one of the policies (program i
            // under policy k when i + k is a multiple of the policy count, so every policy
            // runs a fifth of the corpus).
            let r = rel.clone();
            let sampled = !bench && (i + k) % policies.len() == 0;
            trials.push(trial(format!("gc::{}::host::{}", policy, name), move || spec_case(r, "c", "host", Some(policy))).with_ignored_flag(!sampled && !full));
            let r = rel.clone();
            trials.push(trial(format!("gc::{}::armv5-maemo::{}", policy, name), move || spec_case(r, "c", "armv5-maemo", Some(policy))).with_ignored_flag(!full));
        }
    }
    for rel in files("tests/gc", ".rs") {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        for &policy in &policies {
            let r = rel.clone();
            trials.push(trial(format!("gc::{}::{}", policy, name), move || gc_case(r, "c", policy)));
            let r = rel.clone();
            trials.push(trial(format!("cranelift::gc::{}::{}", policy, name), move || gc_case(r, "cranelift", policy)));
            let r = rel.clone();
            trials.push(trial(format!("cli::gc::{}::{}", policy, name), move || gc_case(r, "cli", policy)).with_ignored_flag(!have_mono));
        }
    }
    for rel in files("tests/unsupported", ".rs") {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        trials.push(trial(format!("unsupported::{}", name), move || unsupported_case(rel)));
    }
    for rel in files("tests/graphs", ".rs") {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        trials.push(trial(format!("graphs::{}", name), move || graph_case(rel)));
    }
    // The Python corpus under the collecting policies is sampled unless PYRITE_TEST_FULL=1
    // (to keep CI within its budget): program i runs under C policy k when (i + k) is a
    // multiple of 16, so every policy runs a sixteenth of the programs and five programs in
    // sixteen run under one policy; under Cranelift's generational build, every eighth
    // program runs.
    for rel in files("tests/repl", ".in") {
        let name = rel.trim_start_matches("tests/repl/").trim_end_matches(".in").to_string();
        trials.push(trial(format!("python::repl::{}", name), move || repl_case(rel)));
    }
    for (name, program) in [
        ("print", "for i in range(100000): print(i)"),
        ("write", "import sys\nfor i in range(100000): sys.stdout.write(str(i))"),
        ("exit_flush", "print('x' * 100)"),
    ] {
        trials.push(trial(format!("python::closed_stdout::{}", name), move || closed_pipe_case(program)));
    }
    for rel in files("tests/repl", ".tty") {
        let name = rel.trim_start_matches("tests/repl/").trim_end_matches(".tty").to_string();
        trials.push(trial(format!("python::tty::{}", name), move || tty_case(rel)));
    }
    trials.push(trial("python::frozen_image_fresh".to_string(), frozen_image_case));
    for (i, rel) in files("tests/python", ".py").into_iter().enumerate() {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        let r = rel.clone();
        trials.push(trial(format!("python::{}", name), move || python_case(r, "c", None)));
        // The interpreter's collector of Python objects in its stress mode: every eighth
        // program and the collector's own tests (`*_gc_*`), with the same C interpreter as
        // `python::*`; all with PYRITE_TEST_FULL=1.
        let r = rel.clone();
        let sampled = i % 8 == 3 || name.contains("_gc_");
        trials.push(trial(format!("pygc::python::{}", name), move || python_case_env(r, "c", None, true)).with_ignored_flag(!sampled && !full));
        let r = rel.clone();
        trials.push(trial(format!("cranelift::python::{}", name), move || python_case(r, "cranelift", None)));
        // The interpreter translated with `--backend cli` (run by mono): every fourth program
        // (mono's start-up and JIT make each run slower), all with PYRITE_TEST_FULL=1.
        let r = rel.clone();
        trials.push(trial(format!("cli::python::{}", name), move || python_case(r, "cli", None)).with_ignored_flag((i % 4 != 0 && !full) || !have_mono));
        // The interpreter translated with `--backend jvm` (`java -jar`, about half a second
        // of JVM start-up per run): every eighth program, all with PYRITE_TEST_FULL=1.
        let r = rel.clone();
        trials.push(trial(format!("jvm::python::{}", name), move || python_case(r, "jvm", None)).with_ignored_flag(i % 8 != 1 && !full));
        let r = rel.clone();
        trials.push(trial(format!("cli::gc::generational::python::{}", name), move || python_case(r, "cli", Some("generational"))).with_ignored_flag(!full || !have_mono));
        let r = rel.clone();
        trials.push(trial(format!("cranelift::gc::generational::python::{}", name), move || python_case(r, "cranelift", Some("generational"))).with_ignored_flag(i % 8 != 0 && !full));
        for (k, &policy) in policies.iter().enumerate() {
            let r = rel.clone();
            trials.push(trial(format!("gc::{}::python::{}", policy, name), move || python_case(r, "c", Some(policy))).with_ignored_flag((i + k) % 16 != 0 && !full));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
