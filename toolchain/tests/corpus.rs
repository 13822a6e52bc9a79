//! The data-driven test suite. Every file under the repository's `tests/` folders is a case:
//!
//! - `tests/spec-programs/*.rs`: dialect programs; rustc -O is the oracle. Each is translated
//!   for the host and for armv5-maemo (run under qemu-arm) and must match stdout, stderr
//!   and the exit code. Programs marked `// bench` run on armv5 only with PYRITE_TEST_FULL=1
//!   (their floating-point loops take minutes under qemu's soft-float emulation).
//! - `tests/unsupported/*.rs`: must be rejected with a located error (`// error:`, `// at:`).
//! - `tests/graphs/*.rs`: golden flow-graph dumps in `*.graph`; PYRITE_BLESS=1 rewrites them.
//! - `tests/python/*.py`: run by the translated interpreter; /usr/bin/python3 is the oracle.
//!
//! A first line `// xfail: reason` marks a known gap: the case must still fail, so that
//! fixing it forces removing the marker.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
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
    let mut child = cmd
        .stdin(Stdio::null())
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
    // The host and armv5 cases of one program share the oracle: compute it once.
    static ORACLE_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = ORACLE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    if let (Ok(out), Ok(err), Ok(code)) = (std::fs::read(&o), std::fs::read(&e), std::fs::read_to_string(&c)) {
        return Ok(Outcome { stdout: out, stderr: err, code: code.trim().parse().unwrap_or(-1) });
    }
    let exe = base.with_extension("rustc");
    let r = run(Command::new("rustc").current_dir(root()).args(["-O", "-o"]).arg(&exe).arg(rel), Duration::from_secs(120))?;
    if r.code != 0 {
        return Err(format!("rustc rejected {}:\n{}", rel, String::from_utf8_lossy(&r.stderr)).into());
    }
    let r = run(Command::new(&exe).current_dir(root()), Duration::from_secs(60))?;
    std::fs::write(&o, &r.stdout).unwrap();
    std::fs::write(&e, &r.stderr).unwrap();
    std::fs::write(&c, r.code.to_string()).unwrap();
    Ok(r)
}

fn translate_to(rel: &str, target: &str, out: &Path, extra: &[&str]) -> Result<Outcome, Failed> {
    Ok(run(
        Command::new(translate()).current_dir(root()).args(["-q", "-j", "1", "--target", target, "-o"]).arg(out).arg(rel).args(extra),
        Duration::from_secs(300),
    )?)
}

fn spec_case(rel: String, target: &'static str) -> Result<(), Failed> {
    let source = std::fs::read_to_string(root().join(&rel)).unwrap();
    let xfail = header(&source, "xfail");
    let want = oracle(&rel, &source)?;
    let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
    let exe = work_dir().join(format!("{}-{}", name, target));
    let result = (|| -> Result<(), Failed> {
        let t = translate_to(&rel, target, &exe, &[])?;
        if t.code != 0 {
            return Err(format!("translate failed:\n{}", String::from_utf8_lossy(&t.stderr)).into());
        }
        let mut cmd = match target {
            "host" => Command::new(&exe),
            _ => {
                let mut c = Command::new("qemu-arm");
                c.args(["-L", "/usr/arm-linux-gnueabi"]).arg(&exe);
                c
            }
        };
        let got = run(cmd.current_dir(root()), Duration::from_secs(600))?;
        compare(&format!("{} ({})", rel, target), &want, &got)
    })();
    match (xfail, result) {
        (None, r) => r,
        (Some(_), Err(_)) => Ok(()),
        (Some(why), Ok(())) => Err(format!("{} is marked `xfail: {}` but now passes; remove the marker", rel, why).into()),
    }
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

fn interpreter() -> Result<PathBuf, Failed> {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = work_dir().join("pyrite");
            let r = run(
                Command::new(translate()).current_dir(root()).args(["-q", "-j", "2", "-o"]).arg(&exe).arg("interpreter-spec"),
                Duration::from_secs(600),
            )?;
            if r.code != 0 {
                return Err(format!("translating interpreter-spec failed:\n{}", String::from_utf8_lossy(&r.stderr)));
            }
            Ok(exe)
        })
        .clone()
        .map_err(Failed::from)
}

fn python_case(rel: String) -> Result<(), Failed> {
    let script = root().join(&rel);
    let want = run(Command::new("/usr/bin/python3").current_dir(root()).arg(&script), Duration::from_secs(60))?;
    let exe = interpreter()?;
    let got = run(Command::new(&exe).current_dir(root()).arg(&script), Duration::from_secs(60))?;
    let want = Outcome { stderr: want.stderr.replace_python(), ..want };
    compare(&rel, &want, &got)
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

fn main() {
    let args = Arguments::from_args();
    let full = std::env::var_os("PYRITE_TEST_FULL").is_some();
    let mut trials = vec![];
    for rel in files("tests/spec-programs", ".rs") {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(root().join(&rel)).unwrap();
        let bench = source.lines().take(3).any(|l| l.trim() == "// bench");
        let r = rel.clone();
        trials.push(Trial::test(format!("spec::host::{}", name), move || spec_case(r, "host")));
        let r = rel.clone();
        trials.push(Trial::test(format!("spec::armv5-maemo::{}", name), move || spec_case(r, "armv5-maemo")).with_ignored_flag(bench && !full));
    }
    for rel in files("tests/unsupported", ".rs") {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        trials.push(Trial::test(format!("unsupported::{}", name), move || unsupported_case(rel)));
    }
    for rel in files("tests/graphs", ".rs") {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        trials.push(Trial::test(format!("graphs::{}", name), move || graph_case(rel)));
    }
    for rel in files("tests/python", ".py") {
        let name = Path::new(&rel).file_stem().unwrap().to_string_lossy().to_string();
        trials.push(Trial::test(format!("python::{}", name), move || python_case(rel)));
    }
    libtest_mimic::run(&args, trials).exit();
}
