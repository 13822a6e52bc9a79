// ---- os: io, fs, env, path, ffi, time, thread, os::unix::fs over the runtime's OS glue ----
//
// Invariants: an `io::Error` holds an errno (> 0) or one of the runtime's pseudo-errnos
// (< 0, no `raw_os_error`); paths are `&str` (rustc's `AsRef<Path>` accepts them); a `File`
// owns its descriptor, which is closed by `drop` under rustc but, the dialect having no drop
// glue yet, only at exit in a translated program.

#[intrinsic]
pub fn pyr_free(p: *mut u8) {
    loop {}
}
#[intrinsic]
pub fn pyr_getpid() -> u32 {
    loop {}
}
#[intrinsic]
pub fn pyr_isatty(fd: i32) -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_write_out_checked(p: *const u8, n: usize) -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_flush_checked() -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_open(p: *mut u8, n: usize, flags: i32, err: &mut i32) -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_fd_read(fd: i32, buf: *mut u8, n: usize, err: &mut i32) -> usize {
    loop {}
}
#[intrinsic]
pub fn pyr_fd_write(fd: i32, buf: *mut u8, n: usize, err: &mut i32) -> usize {
    loop {}
}
#[intrinsic]
pub fn pyr_fd_seek(fd: i32, off: i64, whence: i32, err: &mut i32) -> i64 {
    loop {}
}
#[intrinsic]
pub fn pyr_fd_truncate(fd: i32, size: i64) -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_path_op(op: i32, p: *mut u8, n: usize, q: *mut u8, m: usize) -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_stat(p: *mut u8, n: usize, follow: i32, out: &mut i64) -> i32 {
    loop {}
}
#[intrinsic]
pub fn pyr_list_dir(p: *mut u8, n: usize, out_len: &mut usize, err: &mut i32) -> *mut u8 {
    loop {}
}
#[intrinsic]
pub fn pyr_realpath(p: *mut u8, n: usize, len: &mut usize, err: &mut i32) -> *mut u8 {
    loop {}
}
#[intrinsic]
pub fn pyr_getcwd(len: &mut usize, err: &mut i32) -> *mut u8 {
    loop {}
}
#[intrinsic]
pub fn pyr_env(i: usize, len: &mut usize) -> *mut u8 {
    loop {}
}
#[intrinsic]
pub fn pyr_clock_ns(which: i32) -> i64 {
    loop {}
}
#[intrinsic]
pub fn pyr_sleep(secs: u64, nanos: u32) {
    loop {}
}

pub mod io {
    pub struct Error {
        code: i32,
    }
    impl Error {
        pub fn from_raw_os_error(code: i32) -> Error {
            Error { code: code }
        }
        pub fn raw_os_error(&self) -> Option<i32> {
            if self.code > 0 { Some(self.code) } else { None }
        }
    }
    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            let mut len: usize = 0;
            let p = pyr_strerror(self.code, &mut len);
            f.write_str(__str_raw(p, len))
        }
    }
    impl fmt::Debug for Error {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("Os { code: ");
            fmt::Display::fmt(&self.code, f);
            f.write_str(" }")
        }
    }
    pub type Result<T> = super::Result<T, Error>;
    pub struct Stdin {}
    pub fn stdin() -> Stdin {
        Stdin {}
    }
    /// std's `Stdout` through its `Write` impl: the same buffer `print!`
    /// writes to, but errors are returned instead of panicking.
    pub struct Stdout {}
    pub fn stdout() -> Stdout {
        Stdout {}
    }
    impl Write for Stdout {
        fn write(&mut self, buf: &[u8]) -> Result<usize> {
            let e = super::pyr_write_out_checked(buf.as_ptr(), buf.len());
            if e != 0 {
                return Err(Error { code: e });
            }
            Ok(buf.len())
        }
        fn flush(&mut self) -> Result<()> {
            let e = super::pyr_flush_checked();
            if e != 0 {
                return Err(Error { code: e });
            }
            Ok(())
        }
    }
    /// std's `IsTerminal`, for the standard streams.
    pub trait IsTerminal {
        fn is_terminal(&self) -> bool;
    }
    impl IsTerminal for Stdin {
        fn is_terminal(&self) -> bool {
            super::pyr_isatty(0) != 0
        }
    }
    impl Stdin {
        pub fn read_line(&self, buf: &mut String) -> Result<usize> {
            let mut len: usize = 0;
            let p = pyr_read_line(&mut len);
            if p == __null() {
                return Ok(0);
            }
            buf.push_str(__str_raw(p, len));
            Ok(len)
        }
    }
    pub trait Read {
        fn read(&mut self, buf: &mut [u8]) -> Result<usize>;
        fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
            let mut chunk = [0u8; 8192];
            let mut total: usize = 0;
            loop {
                let n = self.read(&mut chunk)?;
                if n == 0 {
                    return Ok(total);
                }
                buf.extend_from_slice(&chunk[..n]);
                total += n;
            }
        }
        fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
            let mut v: Vec<u8> = Vec::new();
            let n = self.read_to_end(&mut v)?;
            buf.push_str(__str_raw(v.as_mut_ptr(), v.len()));
            Ok(n)
        }
    }
    pub trait Write {
        fn write(&mut self, buf: &[u8]) -> Result<usize>;
        fn flush(&mut self) -> Result<()>;
        fn write_all(&mut self, buf: &[u8]) -> Result<()> {
            let mut at: usize = 0;
            while at < buf.len() {
                let n = self.write(&buf[at..])?;
                if n == 0 {
                    return Err(Error { code: -3 });
                }
                at += n;
            }
            Ok(())
        }
    }
    #[derive(Clone, Copy, PartialEq, Debug)]
    pub enum SeekFrom {
        Start(u64),
        End(i64),
        Current(i64),
    }
    pub trait Seek {
        fn seek(&mut self, pos: SeekFrom) -> Result<u64>;
        fn stream_position(&mut self) -> Result<u64> {
            self.seek(SeekFrom::Current(0))
        }
    }
}

pub mod ffi {
    #[derive(Clone, PartialEq, Debug)]
    pub struct OsString {
        s: String,
    }
    impl OsString {
        /// Always `Ok` when translated (names are not checked for UTF-8).
        pub fn into_string(self) -> Result<String, OsString> {
            Ok(self.s)
        }
        pub fn to_str(&self) -> Option<&str> {
            Some(self.s.as_str())
        }
    }
}

pub mod path {
    #[derive(Clone, PartialEq, Debug)]
    pub struct PathBuf {
        s: String,
    }
    impl PathBuf {
        pub fn to_str(&self) -> Option<&str> {
            Some(self.s.as_str())
        }
        pub fn into_os_string(self) -> ffi::OsString {
            ffi::OsString { s: self.s }
        }
    }
}

pub mod fs {
    fn __err<T>(code: i32) -> io::Result<T> {
        Err(io::Error { code: code })
    }
    fn __unit(code: i32) -> io::Result<()> {
        if code == 0 { Ok(()) } else { Err(io::Error { code: code }) }
    }
    pub fn read(path: &str) -> io::Result<Vec<u8>> {
        let mut len: usize = 0;
        let mut err: i32 = 0;
        let p = pyr_read_file(path.as_ptr(), path.len(), &mut len, &mut err);
        if p == __null() {
            return __err(err);
        }
        let v = __slice_raw(p, len).to_vec();
        pyr_free(p);
        Ok(v)
    }
    pub fn read_to_string(path: &str) -> io::Result<String> {
        let mut len: usize = 0;
        let mut err: i32 = 0;
        let p = pyr_read_file(path.as_ptr(), path.len(), &mut len, &mut err);
        if p == __null() {
            return __err(err);
        }
        let bytes = __slice_raw(p, len);
        if __utf8_valid_up_to(bytes) < len {
            pyr_free(p);
            return __err(-2);
        }
        let s = String::from(__str_raw(p, len));
        pyr_free(p);
        Ok(s)
    }
    pub fn write(path: &str, contents: &[u8]) -> io::Result<()> {
        let mut f = File::create(path)?;
        io::Write::write_all(&mut f, contents)
    }
    /// The absolute path with every symlink, `.` and `..` resolved (realpath(3)).
    pub fn canonicalize(path: &str) -> io::Result<path::PathBuf> {
        let mut len: usize = 0;
        let mut err: i32 = 0;
        let p = pyr_realpath(path.as_ptr(), path.len(), &mut len, &mut err);
        if p == __null() {
            return __err(err);
        }
        let s = String::from(__str_raw(p, len));
        pyr_free(p);
        Ok(path::PathBuf { s: s })
    }
    pub fn remove_file(path: &str) -> io::Result<()> {
        __unit(pyr_path_op(0, path.as_ptr(), path.len(), path.as_ptr(), 0))
    }
    pub fn remove_dir(path: &str) -> io::Result<()> {
        __unit(pyr_path_op(1, path.as_ptr(), path.len(), path.as_ptr(), 0))
    }
    pub fn create_dir(path: &str) -> io::Result<()> {
        __unit(pyr_path_op(2, path.as_ptr(), path.len(), path.as_ptr(), 0))
    }
    pub fn rename(from: &str, to: &str) -> io::Result<()> {
        __unit(pyr_path_op(3, from.as_ptr(), from.len(), to.as_ptr(), to.len()))
    }
    /// Like std: creates the missing ancestors first; an existing directory is fine.
    pub fn create_dir_all(path: &str) -> io::Result<()> {
        if path.is_empty() {
            return Ok(());
        }
        match create_dir(path) {
            Ok(()) => return Ok(()),
            Err(e) => {
                if e.code != 2 {
                    if is_dir_path(path) {
                        return Ok(());
                    }
                    return Err(e);
                }
            }
        }
        let trimmed = path.trim_end_matches('/');
        match trimmed.rfind('/') {
            Some(i) if i > 0 => create_dir_all(&trimmed[..i])?,
            _ => return __err(2),
        }
        match create_dir(path) {
            Ok(()) => Ok(()),
            Err(e) => {
                if is_dir_path(path) { Ok(()) } else { Err(e) }
            }
        }
    }
    fn is_dir_path(path: &str) -> bool {
        match metadata(path) {
            Ok(m) => m.is_dir(),
            Err(_) => false,
        }
    }

    pub struct Metadata {
        st: [i64; 16],
    }
    impl Metadata {
        pub fn len(&self) -> u64 {
            self.st[1] as u64
        }
        pub fn is_dir(&self) -> bool {
            (self.st[0] & 0o170000) == 0o040000
        }
        pub fn is_file(&self) -> bool {
            (self.st[0] & 0o170000) == 0o100000
        }
        pub fn is_symlink(&self) -> bool {
            (self.st[0] & 0o170000) == 0o120000
        }
        pub fn modified(&self) -> io::Result<time::SystemTime> {
            Ok(time::SystemTime { secs: self.st[2], nanos: self.st[3] as u32 })
        }
    }
    fn __stat(path: &str, follow: i32) -> io::Result<Metadata> {
        let mut st = [0i64; 16];
        let e = pyr_stat(path.as_ptr(), path.len(), follow, &mut st[0]);
        if e != 0 {
            return __err(e);
        }
        Ok(Metadata { st: st })
    }
    pub fn metadata(path: &str) -> io::Result<Metadata> {
        __stat(path, 1)
    }
    pub fn symlink_metadata(path: &str) -> io::Result<Metadata> {
        __stat(path, 0)
    }

    pub struct DirEntry {
        name: String,
    }
    impl DirEntry {
        pub fn file_name(&self) -> ffi::OsString {
            ffi::OsString { s: self.name.clone() }
        }
    }
    pub struct ReadDir {
        names: Vec<String>,
        i: usize,
    }
    impl Iterator for ReadDir {
        type Item = io::Result<DirEntry>;
        fn next(&mut self) -> Option<io::Result<DirEntry>> {
            if self.i >= self.names.len() {
                return None;
            }
            self.i += 1;
            Some(Ok(DirEntry { name: self.names[self.i - 1].clone() }))
        }
    }
    /// Entries in the order `readdir` gives them, without `.` and `..`.
    pub fn read_dir(path: &str) -> io::Result<ReadDir> {
        let mut len: usize = 0;
        let mut err: i32 = 0;
        let p = pyr_list_dir(path.as_ptr(), path.len(), &mut len, &mut err);
        if p == __null() {
            return __err(err);
        }
        let all = __slice_raw(p, len);
        let mut names: Vec<String> = Vec::new();
        let mut start: usize = 0;
        for i in 0..len {
            if all[i] == 0 {
                names.push(String::from(__str_raw(__ptr_add(p, start), i - start)));
                start = i + 1;
            }
        }
        pyr_free(p);
        Ok(ReadDir { names: names, i: 0 })
    }

    pub struct File {
        fd: i32,
    }
    impl File {
        pub fn open(path: &str) -> io::Result<File> {
            OpenOptions::new().read(true).open(path)
        }
        pub fn create(path: &str) -> io::Result<File> {
            OpenOptions::new().write(true).create(true).truncate(true).open(path)
        }
        pub fn set_len(&self, size: u64) -> io::Result<()> {
            __unit(pyr_fd_truncate(self.fd, size as i64))
        }
    }
    impl io::Read for File {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let mut err: i32 = 0;
            let n = pyr_fd_read(self.fd, buf.as_mut_ptr(), buf.len(), &mut err);
            if err != 0 { __err(err) } else { Ok(n) }
        }
    }
    impl io::Write for File {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let mut err: i32 = 0;
            let n = pyr_fd_write(self.fd, buf.as_ptr(), buf.len(), &mut err);
            if err != 0 { __err(err) } else { Ok(n) }
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    impl io::Seek for File {
        fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
            let (off, whence) = match pos {
                io::SeekFrom::Start(n) => (n as i64, 0),
                io::SeekFrom::Current(n) => (n, 1),
                io::SeekFrom::End(n) => (n, 2),
            };
            let mut err: i32 = 0;
            let r = pyr_fd_seek(self.fd, off, whence, &mut err);
            if err != 0 { __err(err) } else { Ok(r as u64) }
        }
    }

    /// Access and creation flags as std's `OpenOptions`; the runtime maps bit k of
    /// `flags` to: read, write, append, truncate, create, create_new.
    #[derive(Clone, Debug)]
    pub struct OpenOptions {
        read: bool,
        write: bool,
        append: bool,
        truncate: bool,
        create: bool,
        create_new: bool,
    }
    impl OpenOptions {
        pub fn new() -> OpenOptions {
            OpenOptions { read: false, write: false, append: false, truncate: false, create: false, create_new: false }
        }
        pub fn read(&mut self, b: bool) -> &mut OpenOptions {
            self.read = b;
            self
        }
        pub fn write(&mut self, b: bool) -> &mut OpenOptions {
            self.write = b;
            self
        }
        pub fn append(&mut self, b: bool) -> &mut OpenOptions {
            self.append = b;
            self
        }
        pub fn truncate(&mut self, b: bool) -> &mut OpenOptions {
            self.truncate = b;
            self
        }
        pub fn create(&mut self, b: bool) -> &mut OpenOptions {
            self.create = b;
            self
        }
        pub fn create_new(&mut self, b: bool) -> &mut OpenOptions {
            self.create_new = b;
            self
        }
        pub fn open(&self, path: &str) -> io::Result<File> {
            // std's checks: some access mode; creation flags need write access.
            if !self.read && !self.write && !self.append {
                return __err(-4);
            }
            if !self.write && !self.append && (self.truncate || self.create || self.create_new) {
                return __err(-4);
            }
            if self.append && self.truncate && !self.create_new {
                return __err(-4);
            }
            let mut flags: i32 = 0;
            if self.read {
                flags |= 1;
            }
            if self.write {
                flags |= 2;
            }
            if self.append {
                flags |= 4;
            }
            if self.truncate {
                flags |= 8;
            }
            if self.create {
                flags |= 16;
            }
            if self.create_new {
                flags |= 32;
            }
            let mut err: i32 = 0;
            let fd = pyr_open(path.as_ptr(), path.len(), flags, &mut err);
            if fd < 0 { __err(err) } else { Ok(File { fd: fd }) }
        }
    }
}

pub mod os {
    pub mod fd {
        pub type RawFd = i32;
        pub trait AsRawFd {
            fn as_raw_fd(&self) -> RawFd;
        }
        impl AsRawFd for super::super::fs::File {
            fn as_raw_fd(&self) -> RawFd {
                self.fd
            }
        }
    }
    pub mod unix {
        pub mod io {
            pub use super::super::fd::AsRawFd;
            pub use super::super::fd::RawFd;
        }
        pub mod fs {
            /// The `stat` fields std exposes on Unix.
            pub trait MetadataExt {
                fn mode(&self) -> u32;
                fn size(&self) -> u64;
                fn mtime(&self) -> i64;
                fn mtime_nsec(&self) -> i64;
                fn atime(&self) -> i64;
                fn atime_nsec(&self) -> i64;
                fn ctime(&self) -> i64;
                fn ctime_nsec(&self) -> i64;
                fn ino(&self) -> u64;
                fn dev(&self) -> u64;
                fn nlink(&self) -> u64;
                fn uid(&self) -> u32;
                fn gid(&self) -> u32;
            }
            impl MetadataExt for super::super::super::fs::Metadata {
                fn mode(&self) -> u32 {
                    self.st[0] as u32
                }
                fn size(&self) -> u64 {
                    self.st[1] as u64
                }
                fn mtime(&self) -> i64 {
                    self.st[2]
                }
                fn mtime_nsec(&self) -> i64 {
                    self.st[3]
                }
                fn atime(&self) -> i64 {
                    self.st[4]
                }
                fn atime_nsec(&self) -> i64 {
                    self.st[5]
                }
                fn ctime(&self) -> i64 {
                    self.st[6]
                }
                fn ctime_nsec(&self) -> i64 {
                    self.st[7]
                }
                fn ino(&self) -> u64 {
                    self.st[8] as u64
                }
                fn dev(&self) -> u64 {
                    self.st[9] as u64
                }
                fn nlink(&self) -> u64 {
                    self.st[10] as u64
                }
                fn uid(&self) -> u32 {
                    self.st[11] as u32
                }
                fn gid(&self) -> u32 {
                    self.st[12] as u32
                }
            }
        }
    }
}

pub mod env {
    pub struct Args {
        i: usize,
        n: usize,
    }
    pub fn args() -> Args {
        Args { i: 0, n: pyr_argc() }
    }
    impl Iterator for Args {
        type Item = String;
        fn next(&mut self) -> Option<String> {
            if self.i >= self.n {
                return None;
            }
            let mut len: usize = 0;
            let p = pyr_argv(self.i, &mut len);
            self.i += 1;
            Some(String::from(__str_raw(p, len)))
        }
    }
    pub fn current_dir() -> io::Result<path::PathBuf> {
        let mut len: usize = 0;
        let mut err: i32 = 0;
        let p = pyr_getcwd(&mut len, &mut err);
        if p == __null() {
            return Err(io::Error::from_raw_os_error(err));
        }
        let s = String::from(__str_raw(p, len));
        pyr_free(p);
        Ok(path::PathBuf { s: s })
    }
    pub fn set_current_dir(path: &str) -> io::Result<()> {
        let e = pyr_path_op(4, path.as_ptr(), path.len(), path.as_ptr(), 0);
        if e == 0 { Ok(()) } else { Err(io::Error::from_raw_os_error(e)) }
    }
    #[derive(Clone, PartialEq, Debug)]
    pub enum VarError {
        NotPresent,
        NotUnicode(ffi::OsString),
    }
    impl fmt::Display for VarError {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            match self {
                VarError::NotPresent => f.write_str("environment variable not found"),
                VarError::NotUnicode(_) => f.write_str("environment variable was not valid unicode"),
            }
        }
    }
    /// `KEY=VALUE` entry `i` of the environment, split at the first `=`.
    fn __entry(i: usize) -> Option<(String, String)> {
        let mut len: usize = 0;
        let p = pyr_env(i, &mut len);
        if p == __null() {
            return None;
        }
        let s = __str_raw(p, len);
        match s.find('=') {
            Some(k) => Some((String::from(&s[..k]), String::from(&s[k + 1..]))),
            None => Some((String::from(s), String::new())),
        }
    }
    pub fn var(key: &str) -> Result<String, VarError> {
        let mut i: usize = 0;
        while let Some((k, v)) = __entry(i) {
            if k.as_str() == key {
                return Ok(v);
            }
            i += 1;
        }
        Err(VarError::NotPresent)
    }
    pub struct Vars {
        i: usize,
    }
    pub fn vars() -> Vars {
        Vars { i: 0 }
    }
    impl Iterator for Vars {
        type Item = (String, String);
        fn next(&mut self) -> Option<(String, String)> {
            let e = __entry(self.i);
            self.i += 1;
            e
        }
    }
}

pub mod time {
    #[derive(Clone, Copy, PartialEq, PartialOrd)]
    pub struct Duration {
        secs: u64,
        nanos: u32,
    }
    impl Duration {
        pub const ZERO: Duration = Duration { secs: 0, nanos: 0 };
        pub fn new(secs: u64, nanos: u32) -> Duration {
            Duration { secs: secs + (nanos / 1_000_000_000) as u64, nanos: nanos % 1_000_000_000 }
        }
        pub fn from_secs(secs: u64) -> Duration {
            Duration { secs: secs, nanos: 0 }
        }
        pub fn from_millis(ms: u64) -> Duration {
            Duration { secs: ms / 1000, nanos: ((ms % 1000) * 1_000_000) as u32 }
        }
        pub fn from_micros(us: u64) -> Duration {
            Duration { secs: us / 1_000_000, nanos: ((us % 1_000_000) * 1000) as u32 }
        }
        pub fn from_nanos(ns: u64) -> Duration {
            Duration { secs: ns / 1_000_000_000, nanos: (ns % 1_000_000_000) as u32 }
        }
        #[track_caller]
        pub fn from_secs_f64(s: f64) -> Duration {
            if !(s >= 0.0) || s >= 18446744073709551616.0 {
                __panic_str("cannot convert float seconds to Duration: value is either too big or NaN");
            }
            let whole = s.trunc();
            let mut nanos = ((s - whole) * 1e9).round() as u64;
            let mut secs = whole as u64;
            if nanos >= 1_000_000_000 {
                nanos -= 1_000_000_000;
                secs += 1;
            }
            Duration { secs: secs, nanos: nanos as u32 }
        }
        pub fn as_secs(&self) -> u64 {
            self.secs
        }
        pub fn subsec_nanos(&self) -> u32 {
            self.nanos
        }
        pub fn subsec_micros(&self) -> u32 {
            self.nanos / 1000
        }
        pub fn subsec_millis(&self) -> u32 {
            self.nanos / 1_000_000
        }
        pub fn as_secs_f64(&self) -> f64 {
            self.secs as f64 + self.nanos as f64 / 1e9
        }
        pub fn is_zero(&self) -> bool {
            self.secs == 0 && self.nanos == 0
        }
    }
    fn __diff(s1: i64, n1: u32, s2: i64, n2: u32) -> Option<Duration> {
        if s1 < s2 || (s1 == s2 && n1 < n2) {
            return None;
        }
        if n1 >= n2 {
            Some(Duration { secs: (s1 - s2) as u64, nanos: n1 - n2 })
        } else {
            Some(Duration { secs: (s1 - s2 - 1) as u64, nanos: n1 + 1_000_000_000 - n2 })
        }
    }
    #[derive(Clone, Copy, PartialEq, PartialOrd)]
    pub struct SystemTime {
        secs: i64,
        nanos: u32,
    }
    pub const UNIX_EPOCH: SystemTime = SystemTime { secs: 0, nanos: 0 };
    #[derive(Clone, Debug)]
    pub struct SystemTimeError {
        d: Duration,
    }
    impl SystemTimeError {
        pub fn duration(&self) -> Duration {
            self.d
        }
    }
    impl fmt::Display for SystemTimeError {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("second time provided was later than self")
        }
    }
    impl fmt::Debug for Duration {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            fmt::Debug::fmt(&self.as_secs_f64(), f);
            f.write_str("s")
        }
    }
    impl SystemTime {
        pub const UNIX_EPOCH: SystemTime = SystemTime { secs: 0, nanos: 0 };
        pub fn now() -> SystemTime {
            let ns = pyr_clock_ns(0);
            SystemTime { secs: ns.div_euclid(1_000_000_000), nanos: ns.rem_euclid(1_000_000_000) as u32 }
        }
        pub fn duration_since(&self, earlier: SystemTime) -> Result<Duration, SystemTimeError> {
            match __diff(self.secs, self.nanos, earlier.secs, earlier.nanos) {
                Some(d) => Ok(d),
                None => Err(SystemTimeError { d: __diff(earlier.secs, earlier.nanos, self.secs, self.nanos).unwrap() }),
            }
        }
        pub fn elapsed(&self) -> Result<Duration, SystemTimeError> {
            SystemTime::now().duration_since(*self)
        }
    }
    #[derive(Clone, Copy, PartialEq, PartialOrd)]
    pub struct Instant {
        secs: i64,
        nanos: u32,
    }
    impl Instant {
        pub fn now() -> Instant {
            let ns = pyr_clock_ns(1);
            Instant { secs: ns / 1_000_000_000, nanos: (ns % 1_000_000_000) as u32 }
        }
        /// Saturates at zero, as std does since 1.60.
        pub fn duration_since(&self, earlier: Instant) -> Duration {
            match __diff(self.secs, self.nanos, earlier.secs, earlier.nanos) {
                Some(d) => d,
                None => Duration::ZERO,
            }
        }
        pub fn elapsed(&self) -> Duration {
            Instant::now().duration_since(*self)
        }
    }
}

pub mod thread {
    pub fn sleep(d: time::Duration) {
        pyr_sleep(d.as_secs(), d.subsec_nanos())
    }
}
