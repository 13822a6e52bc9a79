// covers: std::fs::{write, read, read_to_string, read_dir, metadata, symlink_metadata, remove_file, rename, create_dir, create_dir_all, remove_dir, canonicalize}, File/OpenOptions with io::{Read, Write, Seek}, File::set_len, AsRawFd, drop closing a File, io::Error::raw_os_error and Display, std::os::unix::fs::MetadataExt, env::{current_dir, set_current_dir, var, vars}, time::{SystemTime, UNIX_EPOCH, Instant, Duration}, thread::sleep, process::id; files only under a per-process temp dir
use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn show(what: &str, r: std::io::Result<()>) {
    match r {
        Ok(()) => println!("{}: ok", what),
        Err(e) => println!("{}: {} {:?}", what, e, e.raw_os_error()),
    }
}

fn main() {
    let dir = format!("/tmp/pyrite-spec-{}", std::process::id());
    let _ = fs::create_dir_all(dir.as_str());
    let a = format!("{}/a.txt", dir);
    show("write", fs::write(a.as_str(), b"hello\nworld\n"));
    println!("{:?}", fs::read_to_string(a.as_str()).unwrap());
    println!("{:?}", fs::read(a.as_str()).unwrap().len());
    let m = fs::metadata(a.as_str()).unwrap();
    println!("len {} file {} dir {} mode {:o}", m.len(), m.is_file(), m.is_dir(), m.mode() & 0o170000);
    println!("size {} nlink {}", m.size(), m.nlink());
    let mt = m.modified().unwrap().duration_since(UNIX_EPOCH).unwrap();
    println!("mtime recent: {}", mt.as_secs() > 1_600_000_000 && mt.as_secs() as i64 == m.mtime());
    println!("dir is dir: {}", fs::metadata(dir.as_str()).unwrap().is_dir());
    println!("symlink_metadata file: {}", fs::symlink_metadata(a.as_str()).unwrap().is_file());

    // Handles: append, read, seek.
    let mut f = fs::OpenOptions::new().append(true).open(a.as_str()).unwrap();
    f.write_all(b"more\n").unwrap();
    f.flush().unwrap();
    drop(f);
    let mut f = fs::File::open(a.as_str()).unwrap();
    let mut buf = [0u8; 5];
    let n = f.read(&mut buf).unwrap();
    println!("read {} {:?}", n, std::str::from_utf8(&buf[..n]).unwrap());
    println!("seek {}", f.seek(SeekFrom::Start(6)).unwrap());
    let mut rest = String::new();
    f.read_to_string(&mut rest).unwrap();
    println!("rest {:?}", rest);
    println!("end {}", f.seek(SeekFrom::End(-5)).unwrap());
    println!("pos {}", f.stream_position().unwrap());
    let mut v = Vec::new();
    f.read_to_end(&mut v).unwrap();
    println!("tail {:?}", v);
    drop(f);
    let mut g = fs::OpenOptions::new().read(true).write(true).open(a.as_str()).unwrap();
    g.seek(SeekFrom::Start(0)).unwrap();
    g.write_all(b"J").unwrap();
    drop(g);
    println!("{:?}", fs::read_to_string(a.as_str()).unwrap());
    match fs::OpenOptions::new().write(true).create_new(true).open(a.as_str()) {
        Ok(_) => println!("create_new: opened?"),
        Err(e) => println!("create_new: {} {:?}", e, e.raw_os_error()),
    }
    match fs::OpenOptions::new().open(a.as_str()) {
        Ok(_) => println!("no mode: opened?"),
        Err(e) => println!("no mode: {:?}", e.raw_os_error()),
    }
    let mut c = fs::File::create(a.as_str()).unwrap();
    c.write_all(b"xyz").unwrap();
    println!("fd ok: {}", c.as_raw_fd() > 2);
    c.set_len(1).unwrap();
    drop(c);
    println!("after create {:?}", fs::read_to_string(a.as_str()).unwrap());

    // Directories.
    let sub = format!("{}/s/t/u", dir);
    show("create_dir_all", fs::create_dir_all(sub.as_str()));
    show("create_dir_all again", fs::create_dir_all(sub.as_str()));
    show("create_dir exists", fs::create_dir(sub.as_str()));
    let b = format!("{}/b.txt", dir);
    show("rename", fs::rename(a.as_str(), b.as_str()));
    show("rename missing", fs::rename(a.as_str(), b.as_str()));
    let mut names: Vec<String> = Vec::new();
    for e in fs::read_dir(dir.as_str()).unwrap() {
        names.push(e.unwrap().file_name().into_string().unwrap());
    }
    names.sort();
    println!("{:?}", names);
    match fs::read_dir(b.as_str()) {
        Ok(_) => println!("read_dir on a file?"),
        Err(e) => println!("read_dir file: {}", e),
    }
    show("remove_dir non-empty", fs::remove_dir(format!("{}/s", dir).as_str()));
    show("remove_file dir", fs::remove_file(format!("{}/s", dir).as_str()));
    match fs::metadata(a.as_str()) {
        Ok(_) => println!("metadata missing?"),
        Err(e) => println!("metadata missing: {}", e),
    }

    // Working directory.
    let old = std::env::current_dir().unwrap();
    show("chdir", std::env::set_current_dir(dir.as_str()));
    println!("cwd is dir: {}", std::env::current_dir().unwrap().to_str().unwrap() == dir.as_str());
    println!("canonical: {}", fs::canonicalize("./s/t/../t").unwrap().to_str().unwrap() == format!("{}/s/t", dir).as_str());
    match fs::canonicalize("missing/x") {
        Ok(_) => println!("canonicalize missing?"),
        Err(e) => println!("canonicalize missing: {}", e),
    }
    println!("relative read: {:?}", fs::read_to_string("b.txt").unwrap());
    show("chdir back", std::env::set_current_dir(old.to_str().unwrap()));
    show("chdir missing", std::env::set_current_dir("/nonexistent-pyrite-dir"));

    // Clean up.
    show("remove_file", fs::remove_file(b.as_str()));
    show("remove u", fs::remove_dir(sub.as_str()));
    show("remove t", fs::remove_dir(format!("{}/s/t", dir).as_str()));
    show("remove s", fs::remove_dir(format!("{}/s", dir).as_str()));
    show("remove dir", fs::remove_dir(dir.as_str()));
    println!("gone: {}", fs::metadata(dir.as_str()).is_err());

    // Environment.
    println!("PATH set: {}", std::env::var("PATH").is_ok());
    println!("{:?}", std::env::var("PYRITE_SURELY_UNSET_VARIABLE"));
    let mut n = 0;
    let mut path_seen = false;
    for (k, v) in std::env::vars() {
        n += 1;
        if k == "PATH" {
            path_seen = v == std::env::var("PATH").unwrap();
        }
    }
    println!("vars: {} {}", n > 0, path_seen);

    // Clocks.
    let t0 = Instant::now();
    let s0 = SystemTime::now();
    std::thread::sleep(Duration::from_millis(20));
    let el = t0.elapsed();
    println!("slept: {}", el >= Duration::from_millis(20) && el < Duration::from_secs(5));
    println!("system: {}", s0.elapsed().unwrap().as_secs_f64() >= 0.019);
    let since = s0.duration_since(UNIX_EPOCH).unwrap();
    println!("epoch: {}", since.as_secs() > 1_600_000_000 && since.subsec_nanos() < 1_000_000_000);
    println!("backwards: {}", UNIX_EPOCH.duration_since(s0).is_err());
    let d = Duration::from_secs_f64(1.25);
    println!("{} {} {} {}", d.as_secs(), d.subsec_millis(), Duration::new(1, 1_500_000_000).as_secs(), Duration::from_micros(1500).subsec_nanos());
    println!("pid nonzero: {}", std::process::id() > 0);
}
