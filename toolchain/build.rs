//! Embeds the C runtime into the translator: every `backends/c/runtime/pyrite_rt.{c,h}` and
//! `backends/c/runtime/gc/*.{c,h}` file becomes an entry of `RUNTIME_FILES` (path in the
//! build directory, text, compiled only for collecting policies). A new GC policy file is
//! picked up without editing the translator.

use std::path::Path;

fn main() {
    // The manifest directory at run time, not `env!` at the script's compile time: a target
    // directory shared between checkouts must not keep reading another checkout's runtime.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let runtime = Path::new(&manifest).join("../backends/c/runtime").canonicalize().unwrap();
    println!("cargo:rerun-if-changed={}", runtime.display());
    let mut files: Vec<(String, bool)> = vec![("pyrite_rt.c".into(), false), ("pyrite_rt.h".into(), false)];
    let mut gc: Vec<String> = std::fs::read_dir(runtime.join("gc"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .filter(|n| n.ends_with(".c") || n.ends_with(".h"))
        .collect();
    gc.sort();
    files.extend(gc.into_iter().map(|n| (format!("gc/{}", n), n.ends_with(".c"))));
    let mut out = String::from("&[\n");
    for (rel, gc_only) in files {
        out.push_str(&format!("    ({:?}, include_str!({:?}), {}),\n", rel, runtime.join(&rel).display().to_string(), gc_only));
    }
    out.push_str("]\n");
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs"), out).unwrap();
}
