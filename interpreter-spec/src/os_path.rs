//! `os.path` (CPython's `posixpath`), stage 4: the pure string functions,
//! each a transcription of posixpath.py for str arguments.
//!
//! Invariants: separators are '/' only; functions never touch the file
//! system except `abspath` (the working directory) and the predicates,
//! which live in os_mod.rs because they stat.

/// `os.path.join(a, *p)`.
pub fn join(parts: &Vec<String>) -> String {
    let mut path = parts[0].clone();
    for k in 1..parts.len() {
        let b = parts[k].as_str();
        if b.starts_with("/") {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with("/") {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

fn all_slashes(s: &str) -> bool {
    for c in s.chars() {
        if c != '/' {
            return false;
        }
    }
    true
}

/// `os.path.split(p)`: (head, tail).
pub fn split(p: &str) -> (String, String) {
    let i = match p.rfind('/') {
        Some(i) => i + 1,
        None => 0,
    };
    let mut head = p[..i].to_string();
    let tail = p[i..].to_string();
    if !head.is_empty() && !all_slashes(head.as_str()) {
        head = head.trim_end_matches('/').to_string();
    }
    (head, tail)
}

pub fn basename(p: &str) -> String {
    split(p).1
}

pub fn dirname(p: &str) -> String {
    split(p).0
}

/// `os.path.splitext(p)`: (root, ext); leading dots of the name are not an extension.
pub fn splitext(p: &str) -> (String, String) {
    let sep = match p.rfind('/') {
        Some(i) => i as i64,
        None => -1,
    };
    let dot = match p.rfind('.') {
        Some(i) => i as i64,
        None => -1,
    };
    if dot > sep {
        let bytes = p.as_bytes();
        let mut k = (sep + 1) as usize;
        while (k as i64) < dot {
            if bytes[k] != b'.' {
                return (p[..dot as usize].to_string(), p[dot as usize..].to_string());
            }
            k += 1;
        }
    }
    (p.to_string(), String::new())
}

/// `os.path.normpath(p)`.
pub fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let mut initial = if p.starts_with("/") { 1 } else { 0 };
    if initial == 1 && p.starts_with("//") && !p.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        let last_dotdot = match comps.last() {
            Some(l) => *l == "..",
            None => false,
        };
        if c != ".." || (initial == 0 && comps.is_empty()) || last_dotdot {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial);
    out.push_str(comps.join("/").as_str());
    if out.is_empty() {
        return ".".to_string();
    }
    out
}

pub fn isabs(p: &str) -> bool {
    p.starts_with("/")
}

/// `~` and `~/...` from `$HOME` (other users' `~name` stay as they are).
pub fn expanduser(p: &str, home: Option<String>) -> String {
    if !p.starts_with("~") || (p.len() > 1 && !p[1..].starts_with("/")) {
        return p.to_string();
    }
    match home {
        Some(h) => {
            let h = if h.len() > 1 { h.trim_end_matches('/').to_string() } else { h };
            let mut out = h;
            out.push_str(&p[1..]);
            if out.is_empty() {
                return "/".to_string();
            }
            out
        }
        None => p.to_string(),
    }
}

/// `os.path.commonpath(paths)`: the longest common sub-path, by whole components
/// (`.` and empty components dropped).
pub fn commonpath(paths: &Vec<String>) -> Result<String, &'static str> {
    if paths.is_empty() {
        return Err("commonpath() arg is an empty sequence");
    }
    let absolute = paths[0].starts_with('/');
    let mut common: Vec<&str> = Vec::new();
    for (i, p) in paths.iter().enumerate() {
        if p.starts_with('/') != absolute {
            return Err("Can't mix absolute and relative paths");
        }
        let parts: Vec<&str> = p.split('/').filter(|c| !c.is_empty() && *c != ".").collect();
        if i == 0 {
            common = parts;
        } else {
            let mut n = 0;
            while n < common.len() && n < parts.len() && common[n] == parts[n] {
                n += 1;
            }
            common.truncate(n);
        }
    }
    let mut out = String::new();
    if absolute {
        out.push('/');
    }
    out.push_str(common.join("/").as_str());
    Ok(out)
}

/// `os.path.commonprefix(list)`: the longest common leading string.
pub fn commonprefix(items: &Vec<Vec<char>>) -> Vec<char> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut n = items[0].len();
    for it in items.iter() {
        let mut k = 0;
        while k < n && k < it.len() && it[k] == items[0][k] {
            k += 1;
        }
        n = k;
    }
    items[0][..n].to_vec()
}

/// `os.path.relpath(path, start)` for absolute, normalised arguments.
pub fn relpath(path: &str, start: &str) -> String {
    let mut a: Vec<&str> = Vec::new();
    for c in start.split('/') {
        if !c.is_empty() {
            a.push(c);
        }
    }
    let mut b: Vec<&str> = Vec::new();
    for c in path.split('/') {
        if !c.is_empty() {
            b.push(c);
        }
    }
    let mut i = 0;
    while i < a.len() && i < b.len() && a[i] == b[i] {
        i += 1;
    }
    let mut parts: Vec<String> = Vec::new();
    for _ in i..a.len() {
        parts.push("..".to_string());
    }
    for k in i..b.len() {
        parts.push(b[k].to_string());
    }
    if parts.is_empty() {
        return ".".to_string();
    }
    parts.join("/")
}
