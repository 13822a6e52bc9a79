//! `translate`: the Pyrite translator's command line.
//!
//! Pipeline (one module per stage, each stating its invariants at its top):
//! frontend (syn → item table) → sema (types, inference, methods) → build (flow graphs,
//! monomorphised on demand) → verify → GC transform → backend (C, then cc; or Cranelift, an
//! object file linked with the C runtime by cc).

mod build;
mod diag;
mod driver;
mod driver_jvm;
mod frontend;
mod gc;
mod lower;
mod prelude;
mod rtcache;
mod sema;
mod target;

use clap::{CommandFactory, FromArgMatches, Parser};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "translate",
    version,
    about = "Translate a program written in the Pyrite dialect of Rust into a native binary.",
    long_about = "Translate a program written in the Pyrite dialect of Rust (a subset of ordinary Rust) into \
flow graphs, then C, then a native binary for the chosen target. rustc is not involved: the source is read \
with syn. With no INPUT, the Python interpreter spec in interpreter-spec/ is translated.\n\n\
Backends: c (targets: host, armv5-maemo, aarch64-linux); cranelift (targets: host (x86_64 or aarch64 \
Linux), aarch64-linux; Cranelift has no 32-bit ARM, so armv5-maemo needs the c backend); cli (target: \
host; CIL assembled by ilasm and run by mono, beside the C runtime as a shared library); jvm (target: \
jvm, a runnable jar for `java -jar`; `host` is accepted as jvm; needs a JDK 17, Debian package \
openjdk-17-jdk-headless; --gc none only)."
)]
struct Cli {
    /// A crate directory (with src/main.rs) or a single .rs file with `fn main`.
    #[arg(default_value = "interpreter-spec")]
    input: PathBuf,

    /// Target platform: host, armv5-maemo, aarch64-linux, jvm, or a path to a target .toml file.
    #[arg(long, default_value = "host")]
    target: String,

    /// Garbage collector policy (default: markcompact with -Omem, else none).
    #[arg(long)]
    gc: Option<String>,

    /// Code generator: `c` (emits C, compiled by the target's cc; targets: host, armv5-maemo,
    /// aarch64-linux), `cranelift` (emits an object file directly; targets: host, aarch64-linux),
    /// `cli` (emits CIL for mono: `-o P` writes P.exe, P.rt.so and a launcher P; target: host)
    /// or `jvm` (emits JVM class files in a runnable jar; target: jvm; `--gc none` only).
    #[arg(long, default_value = "c", value_parser = ["c", "cranelift", "cli", "jvm"])]
    backend: String,

    /// Optimisation level passed on to the C compiler: 0, 1 (no link-time optimisation: the
    /// quickest optimised build, for test matrices), 2, 3 (the default: about a quarter
    /// faster than 2 on the interpreter, 6% larger), size, mem (size, plus the markcompact GC).
    #[arg(short = 'O', default_value = "3", value_parser = ["0", "1", "2", "3", "size", "mem"])]
    opt: String,

    /// Output binary (default: named after the input).
    #[arg(short = 'o')]
    output: Option<PathBuf>,

    /// Keep the generated C sources (and the runtime) in DIR; with `--backend cranelift`,
    /// the object file `module.o` and the runtime; with `--backend cli`, `module.il` and the runtime.
    #[arg(long, value_name = "DIR")]
    emit_c: Option<PathBuf>,

    /// Write every flow graph as Graphviz (.dot) and text (.txt) into DIR.
    #[arg(long, value_name = "DIR")]
    dump_graphs: Option<PathBuf>,

    /// Parallel C compiler jobs.
    #[arg(short = 'j', default_value_t = 2)]
    jobs: usize,

    /// Stop after building and verifying the flow graphs.
    #[arg(long)]
    check: bool,

    /// No progress output.
    #[arg(short, long)]
    quiet: bool,
}

fn main() {
    let policies = driver::gc_policies();
    let names: Vec<&'static str> = policies.iter().map(|p| &*Box::leak(p.name.clone().into_boxed_str())).collect();
    let listing: String = policies.iter().map(|p| format!("\n  {:<12} {}", p.name, p.description)).collect();
    let cmd = Cli::command().mut_arg("gc", |a| {
        a.value_parser(clap::builder::PossibleValuesParser::new(names.clone()))
            .long_help(format!("Garbage collector policy (default: markcompact with -Omem, else none):{}", listing))
    });
    let cli = match cmd.try_get_matches().and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    let gc = cli.gc.clone().unwrap_or_else(|| if cli.opt == "mem" { "markcompact".into() } else { "none".into() });
    let target = match target::load(&cli.target) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}", e);
            std::process::exit(2);
        }
    };
    let opts = driver::Options {
        input: cli.input,
        target,
        gc,
        backend: cli.backend,
        opt: cli.opt,
        output: cli.output,
        emit_c: cli.emit_c,
        dump_graphs: cli.dump_graphs,
        jobs: cli.jobs,
        quiet: cli.quiet,
        check_only: cli.check,
    };
    // Any internal panic is a bug; report it as such instead of a raw backtrace.
    if std::env::var_os("PYRITE_TRANSLATOR_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|info| {
            eprintln!("internal error: the translator crashed: {}\nplease report this with the input program", info);
        }));
    }
    match std::panic::catch_unwind(|| driver::run(&opts)) {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => {
            eprintln!("{}", e);
            std::process::exit(1);
        }
        Err(_) => std::process::exit(3),
    }
}
