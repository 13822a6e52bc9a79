//! Targets: one TOML file per platform in `targets/`, embedded in the translator.
//! Invariant: everything platform-specific the translator needs comes from a `Target`.

use crate::diag::{plain, DResult};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Debug, Clone)]
#[allow(dead_code)] // `triple` and `runner` describe the target for people and test tools.
pub struct Target {
    pub name: String,
    pub triple: String,
    pub cc: String,
    pub cflags: Vec<String>,
    pub ldflags: Vec<String>,
    pub pointer_width: u8,
    pub endian: String,
    /// Command prefix that runs a binary of this target here (empty: run directly).
    pub runner: Vec<String>,
    /// Debian packages providing the compiler and the runner.
    pub packages: Vec<String>,
}

pub const BUILTIN: [(&str, &str); 4] = [
    ("host", include_str!("../../targets/host.toml")),
    ("armv5-maemo", include_str!("../../targets/armv5-maemo.toml")),
    ("aarch64-linux", include_str!("../../targets/aarch64-linux.toml")),
    ("jvm", include_str!("../../targets/jvm.toml")),
];

pub fn names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(n, _)| *n).collect()
}

/// A built-in target by name, or a TOML file by path.
pub fn load(name: &str) -> DResult<Target> {
    let text = match BUILTIN.iter().find(|(n, _)| *n == name) {
        Some((_, t)) => t.to_string(),
        None if name.ends_with(".toml") => std::fs::read_to_string(name).map_err(|e| plain(format!("error: cannot read target file {}: {}", name, e)))?,
        None => {
            return Err(plain(format!("error: unknown target `{}`; valid targets: {}", name, names().join(", "))));
        }
    };
    let t: Target = toml::from_str(&text).map_err(|e| plain(format!("error: bad target description `{}`: {}", name, e)))?;
    if t.pointer_width != 32 && t.pointer_width != 64 {
        return Err(plain(format!("error: target `{}`: pointer_width must be 32 or 64", name)));
    }
    if t.endian != "little" {
        return Err(plain(format!("error: target `{}`: only little-endian targets are supported", name)));
    }
    Ok(t)
}

pub fn find_in_path(prog: &str) -> Option<PathBuf> {
    if prog.contains('/') {
        return Path::new(prog).exists().then(|| PathBuf::from(prog));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(prog)).find(|p| p.is_file())
}

impl Target {
    /// Checks that the C compiler exists, naming the Debian package otherwise.
    pub fn check_cc(&self) -> DResult<()> {
        if find_in_path(&self.cc).is_none() {
            return Err(plain(format!(
                "error: C compiler `{}` for target `{}` not found\nhelp: install it with `apt-get install {}` (Debian package {})",
                self.cc,
                self.name,
                self.packages.join(" "),
                self.packages.first().cloned().unwrap_or_default()
            )));
        }
        Ok(())
    }
}
