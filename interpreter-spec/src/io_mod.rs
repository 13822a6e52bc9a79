//! File objects (stage 4): `open()` and the `io`/`_io` module with
//! `StringIO` and `BytesIO`, one heap object kind (`Object::File`).
//!
//! Invariants:
//! - A file's logical position is the OS position minus the unread bytes
//!   of `rbuf[rpos..]`; a write, seek or close first discards that
//!   read-ahead (seeking the OS back), so reads and writes interleave as
//!   in CPython.  Writes go straight to the OS (no write buffer), so data
//!   is visible to other readers at once -- earlier than CPython, which
//!   buffers up to 8 KiB until `flush()`.
//! - Text mode decodes utf-8/latin-1/ascii and translates `\r\n` and `\r`
//!   to `\n` on read (universal newlines, CPython's `newline=None`); a
//!   `\r` just before a chunk boundary is looked past before a char count
//!   is decided, so `read(n)` counts `\r\n` once.  `tell()` is the byte
//!   position (CPython's cookie for these codecs when no decoder state is
//!   pending).
//! - `StringIO` holds chars and `BytesIO` bytes, with a position; their
//!   `getvalue()` is the whole buffer.
//! - `closed` files keep their object; every operation but `close`,
//!   `closed` and the attributes raises CPython's ValueError.
//! - The module object and its classes are made in io_init.rs.

use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;

pub const K_TEXT: u8 = 0;
pub const K_BINARY: u8 = 1;
pub const K_STRINGIO: u8 = 2;
pub const K_BYTESIO: u8 = 3;
/// `os.scandir`'s iterator (os_scandir.rs): `items` from `pos` on.
pub const K_SCANDIR: u8 = 4;

pub struct FileObj {
    pub kind: u8,
    /// The Python class (`TextIOWrapper`, `BufferedReader`, ... in `_io`).
    pub cls: usize,
    pub file: Option<std::fs::File>,
    pub name: Value,
    pub name_repr: String,
    pub mode: String,
    pub encoding: String,
    pub errors: String,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    /// StringIO contents.
    pub chars: Vec<char>,
    /// BytesIO contents.
    pub bytes: Vec<u8>,
    /// StringIO/BytesIO position (the next item of a scandir iterator).
    pub pos: usize,
    /// A scandir iterator's entries.
    pub items: Vec<Value>,
    /// Text files' `newline`: 0 None (universal, translated), 1 "" (universal,
    /// untranslated), 2 "\n", 3 "\r", 4 "\r\n".
    pub newline: u8,
    /// A `TextIOWrapper(buffer)`'s binary buffer (None for OS files): its
    /// `read`/`write`/`seek`/`tell`/`flush`/`close` methods stand in for
    /// the OS calls.
    pub buffer: Value,
}

pub fn closed_err() -> PyErr {
    err(ExcKind::ValueError, "I/O operation on closed file.")
}

fn is_utf8_start(b: u8, enc: &str) -> bool {
    enc != "utf-8" || (b & 0xC0) != 0x80
}

/// Normalised codec name for the decoder ("utf-8", "latin-1", "ascii").
pub fn codec(enc: &str) -> String {
    let e = enc.to_lowercase().replace("_", "-");
    if e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1" {
        return "latin-1".to_string();
    }
    if e == "ascii" || e == "us-ascii" {
        return "ascii".to_string();
    }
    "utf-8".to_string()
}

/// Codec name for writing text: `codec`, but the utf-16/utf-32 family is
/// kept (plain "utf-16"/"utf-32" write a BOM with each write).
pub fn write_codec(enc: &str) -> String {
    let e = enc.to_lowercase().replace("_", "-");
    if e.starts_with("utf-16") || e.starts_with("utf-32") || e.starts_with("utf16") || e.starts_with("utf32") {
        return e;
    }
    codec(enc)
}

impl FileObj {
    pub fn new(kind: u8, cls: usize) -> FileObj {
        FileObj {
            kind: kind,
            cls: cls,
            file: None,
            name: Value::None,
            name_repr: String::new(),
            mode: String::new(),
            encoding: String::new(),
            errors: "strict".to_string(),
            readable: true,
            writable: true,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            chars: Vec::new(),
            bytes: Vec::new(),
            pos: 0,
            items: Vec::new(),
            newline: 0,
            buffer: Value::None,
        }
    }

    /// Reads more bytes into `rbuf`; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.rpos > 0 {
            let rest = self.rbuf[self.rpos..].to_vec();
            self.rbuf = rest;
            self.rpos = 0;
        }
        let mut chunk = [0u8; 8192];
        let n = match &mut self.file {
            Some(f) => f.read(&mut chunk)?,
            None => 0,
        };
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    /// Forgets the read-ahead, moving the OS position back to the logical one.
    pub fn drop_readahead(&mut self) -> std::io::Result<()> {
        let unread = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            if let Some(f) = &mut self.file {
                f.seek(SeekFrom::Current(-unread))?;
            }
        }
        Ok(())
    }

    /// Raw bytes: all the rest (`n` None), at most `n`, or up to and including
    /// the next `\n` (`line`).
    pub fn take_bytes(&mut self, n: Option<usize>, line: bool) -> std::io::Result<Vec<u8>> {
        let mut i = self.rpos;
        loop {
            if let Some(k) = n {
                if i - self.rpos >= k {
                    break;
                }
            }
            if i >= self.rbuf.len() {
                let start = self.rpos;
                let more = self.fill()?;
                i -= start;
                if !more {
                    break;
                }
                continue;
            }
            i += 1;
            if line && self.rbuf[i - 1] == b'\n' {
                break;
            }
        }
        let out = self.rbuf[self.rpos..i].to_vec();
        self.rpos = i;
        Ok(out)
    }

    /// Raw bytes of at most `n` chars (all if None) in text mode, stopping
    /// after a line end if `line`; `\r\n` is one char.
    pub fn take_text(&mut self, n: Option<usize>, line: bool) -> std::io::Result<Vec<u8>> {
        let enc = codec(self.encoding.as_str());
        let universal = self.newline <= 1;
        let mut i = self.rpos;
        let mut count: usize = 0;
        loop {
            // Make sure rbuf[i] and, after a '\r', rbuf[i + 1] are there.
            let need = if i < self.rbuf.len() && self.rbuf[i] == b'\r' { i + 2 } else { i + 1 };
            if need > self.rbuf.len() {
                let start = self.rpos;
                let more = self.fill()?;
                i -= start;
                if more {
                    continue;
                }
                if i >= self.rbuf.len() {
                    break;
                }
            }
            let b = self.rbuf[i];
            if is_utf8_start(b, enc.as_str()) {
                if let Some(k) = n {
                    if count >= k {
                        break;
                    }
                }
                count += 1;
            }
            i += 1;
            if universal && b == b'\r' && i < self.rbuf.len() && self.rbuf[i] == b'\n' {
                i += 1;
            }
            let ends = match self.newline {
                0 | 1 => b == b'\n' || b == b'\r',
                2 => b == b'\n',
                3 => b == b'\r',
                _ => b == b'\n' && i >= 2 && self.rbuf[i - 2] == b'\r',
            };
            if line && ends {
                break;
            }
        }
        let out = self.rbuf[self.rpos..i].to_vec();
        self.rpos = i;
        Ok(out)
    }

    pub fn tell(&mut self) -> std::io::Result<u64> {
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let p = match &mut self.file {
            Some(f) => f.stream_position()?,
            None => 0,
        };
        Ok(p - unread)
    }

    pub fn seek(&mut self, off: i64, whence: i64) -> std::io::Result<u64> {
        let logical = self.tell()? as i64;
        self.rbuf.clear();
        self.rpos = 0;
        let pos = match whence {
            0 => SeekFrom::Start(off as u64),
            1 => SeekFrom::Start((logical + off) as u64),
            _ => SeekFrom::End(off),
        };
        match &mut self.file {
            Some(f) => f.seek(pos),
            None => Ok(0),
        }
    }

    pub fn write_raw(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.drop_readahead()?;
        match &mut self.file {
            Some(f) => f.write_all(data),
            None => Ok(()),
        }
    }

    /// `truncate(size)`: the file's length becomes `size`; the position stays.
    pub fn truncate(&mut self, size: u64) -> std::io::Result<()> {
        self.drop_readahead()?;
        match &self.file {
            Some(f) => f.set_len(size),
            None => Ok(()),
        }
    }

    pub fn fileno(&self) -> i64 {
        match &self.file {
            Some(f) => f.as_raw_fd() as i64,
            None => -1,
        }
    }

    pub fn close(&mut self) {
        self.closed = true;
        self.rbuf.clear();
        self.rpos = 0;
        if let Some(f) = self.file.take() {
            drop(f);
        }
    }
}

/// `\r\n` and lone `\r` become `\n`.
/// A text stream's `newline` argument as `FileObj::newline` (None, 0, is the caller's).
fn newline_code(s: &str) -> Option<u8> {
    match s {
        "" => Some(1),
        "\n" => Some(2),
        "\r" => Some(3),
        "\r\n" => Some(4),
        _ => None,
    }
}

/// Text written to a StringIO, by its `newline`: 0 (None) translates every line ending to
/// "\n"; 3 and 4 write "\n" as "\r" or "\r\n"; 1 ("") and 2 ("\n") keep it.
pub fn translate_written(cs: Vec<char>, newline: u8) -> Vec<char> {
    match newline {
        0 => universal_newlines(cs),
        3 | 4 => {
            let mut out = Vec::with_capacity(cs.len());
            for c in cs {
                if c == '\n' {
                    out.push('\r');
                    if newline == 4 {
                        out.push('\n');
                    }
                } else {
                    out.push(c);
                }
            }
            out
        }
        _ => cs,
    }
}

pub fn universal_newlines(cs: Vec<char>) -> Vec<char> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == '\r' {
            out.push('\n');
            if i + 1 < cs.len() && cs[i + 1] == '\n' {
                i += 1;
            }
        } else {
            out.push(cs[i]);
        }
        i += 1;
    }
    out
}

/// Parsed `open()` mode: (read, write, append, create, truncate, create_new, binary).
pub struct Mode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    pub exclusive: bool,
    pub binary: bool,
    pub plus: bool,
}

pub fn parse_mode(mode: &str) -> Result<Mode, PyErr> {
    let mut m = Mode { read: false, write: false, append: false, create: false, truncate: false, exclusive: false, binary: false, plus: false };
    let mut kinds = 0;
    let mut text = false;
    let mut seen: Vec<char> = Vec::new();
    for c in mode.chars() {
        if seen.contains(&c) || !"rwxabt+".contains(c) {
            return Err(err(ExcKind::ValueError, format!("invalid mode: '{}'", mode).as_str()));
        }
        seen.push(c);
        match c {
            'r' => {
                m.read = true;
                kinds += 1;
            }
            'w' => {
                m.write = true;
                m.create = true;
                m.truncate = true;
                kinds += 1;
            }
            'a' => {
                m.append = true;
                m.create = true;
                kinds += 1;
            }
            'x' => {
                m.write = true;
                m.exclusive = true;
                kinds += 1;
            }
            'b' => m.binary = true,
            't' => text = true,
            _ => m.plus = true,
        }
    }
    if text && m.binary {
        return Err(err(ExcKind::ValueError, "can't have text and binary mode at once"));
    }
    if kinds != 1 {
        return Err(err(ExcKind::ValueError, "must have exactly one of create/read/write/append mode"));
    }
    if m.plus {
        m.read = true;
        if !m.append {
            m.write = true;
        }
    }
    Ok(m)
}

/// CPython's `FileIO.mode` for a parsed mode ("w+b" -> "rb+").
fn raw_mode(m: &Mode) -> String {
    let plus = if m.read && (m.write || m.append) { "+" } else { "" };
    if m.exclusive {
        return format!("xb{}", plus);
    }
    if m.append {
        return format!("ab{}", plus);
    }
    if m.read && m.write {
        return "rb+".to_string();
    }
    if m.read {
        return "rb".to_string();
    }
    "wb".to_string()
}

impl Vm {
    pub fn file_ref(&self, v: &Value) -> Option<&FileObj> {
        match self.heap.get(v) {
            Some(Object::File(f)) => Some(&**f),
            _ => None,
        }
    }

    pub fn file_mut(&mut self, v: &Value) -> &mut FileObj {
        let h = match v {
            Value::Ref(h) => *h,
            _ => 0,
        };
        match &mut self.heap.objs[h] {
            Object::File(f) => &mut **f,
            _ => panic!("not a file object"),
        }
    }

    /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
    pub fn builtin_open(&mut self, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let params = vec!["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
        let a = crate::bytes::merge_args("open", &params, &args, &kwnames, &kwvalues)?;
        let file = match &a[0] {
            Some(f) => f.clone(),
            None => return Err(type_error("open() missing required argument 'file' (pos 1)")),
        };
        let is_fd = match &file {
            Value::Int(_) => true,
            _ => false,
        };
        if !is_fd && !self.heap.is_str(&file) {
            return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", self.heap.type_name(&file)).as_str()));
        }
        let mode = crate::bytes::str_opt(&self.heap, &a[1], "r", "open", 2)?;
        let newline: u8 = match &a[5] {
            Some(Value::None) | None => 0,
            Some(v) => {
                let s = crate::bytes::str_opt(&self.heap, &Some(v.clone()), "", "open", 6)?;
                match s.as_str() {
                    "" => 1,
                    "\n" => 2,
                    "\r" => 3,
                    "\r\n" => 4,
                    _ => {
                        return Err(err(ExcKind::ValueError, format!("illegal newline value: {}", s).as_str()));
                    }
                }
            }
        };
        let m = parse_mode(mode.as_str())?;
        let enc_given = match &a[3] {
            Some(Value::None) | None => None,
            Some(e) => Some(crate::bytes::str_opt(&self.heap, &Some(e.clone()), "", "open", 4)?),
        };
        let errors = match &a[4] {
            Some(Value::None) | None => "strict".to_string(),
            Some(e) => crate::bytes::str_opt(&self.heap, &Some(e.clone()), "", "open", 5)?,
        };
        let unbuffered = match &a[2] {
            Some(Value::Int(0)) | Some(Value::Bool(false)) => true,
            _ => false,
        };
        if unbuffered && !m.binary {
            return Err(err(ExcKind::ValueError, "can't have unbuffered text I/O"));
        }
        if m.binary && enc_given.is_some() {
            return Err(err(ExcKind::ValueError, "binary mode doesn't take an encoding argument"));
        }
        if m.binary && newline != 0 {
            return Err(err(ExcKind::ValueError, "binary mode doesn't take a newline argument"));
        }
        if m.binary && errors.as_str() != "strict" {
            return Err(err(ExcKind::ValueError, "binary mode doesn't take an errors argument"));
        }
        let encoding = match &enc_given {
            Some(e) => {
                crate::bytes::decode(&Vec::new(), e.as_str(), "strict")?;
                e.clone()
            }
            None => "UTF-8".to_string(),
        };
        let mut f = match &file {
            Value::Int(fd) => self.take_os_fd(*fd)?,
            _ => self.open_path(&file, &m)?,
        };
        if m.append {
            let _ = f.seek(SeekFrom::End(0));
        }
        let (kind, cname) = if !m.binary {
            (K_TEXT, "TextIOWrapper")
        } else if unbuffered {
            (K_BINARY, "FileIO")
        } else if m.plus {
            (K_BINARY, "BufferedRandom")
        } else if m.read {
            (K_BINARY, "BufferedReader")
        } else {
            (K_BINARY, "BufferedWriter")
        };
        let cls = self.io_class(cname)?;
        let mut fo = FileObj::new(kind, cls);
        fo.file = Some(f);
        fo.name_repr = self.v_repr(&file)?;
        fo.name = file;
        // Binary files report their raw FileIO's mode, as CPython does.
        fo.mode = if m.binary { raw_mode(&m) } else { mode };
        fo.encoding = encoding;
        fo.errors = errors;
        fo.newline = if m.binary { 2 } else { newline };
        fo.readable = m.read;
        fo.writable = m.write || m.append;
        Ok(self.heap.alloc(Object::File(Box::new(fo))))
    }

    /// Opens the file at str path `file` as `open()` mode `m` says.
    fn open_path(&mut self, file: &Value, m: &Mode) -> Result<std::fs::File, PyErr> {
        let path = self.heap.to_str(file);
        let mut o = std::fs::OpenOptions::new();
        o.read(m.read);
        o.write(m.write);
        o.append(m.append);
        if m.exclusive {
            o.create_new(true);
        } else {
            o.create(m.create);
            o.truncate(m.truncate);
        }
        let f = match o.open(path.as_str()) {
            Ok(f) => f,
            Err(e) => return Err(self.io_error_v(&e, Some(file.clone()), None)),
        };
        if let Ok(md) = std::fs::metadata(path.as_str()) {
            if md.is_dir() {
                drop(f);
                return Err(self.os_error(21, Some(file.clone()), None));
            }
        }
        Ok(f)
    }

    /// `io.StringIO(initial='')` / `io.BytesIO(initial=b'')`.
    /// `io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
    /// line_buffering=False, write_through=False)` over any binary buffer.
    pub fn new_text_wrapper(&mut self, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let params = vec!["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"];
        let a = crate::bytes::merge_args("TextIOWrapper", &params, &args, &kwnames, &kwvalues)?;
        let buffer = match &a[0] {
            Some(b) => b.clone(),
            None => return Err(type_error("TextIOWrapper() missing required argument 'buffer' (pos 1)")),
        };
        let encoding = match &a[1] {
            Some(Value::None) | None => "UTF-8".to_string(),
            Some(e) => {
                if !self.heap.is_str(e) {
                    return Err(type_error(format!("TextIOWrapper() argument 'encoding' must be str or None, not {}", self.heap.type_name(e)).as_str()));
                }
                let s = self.heap.to_str(e);
                crate::bytes::decode(&Vec::new(), s.as_str(), "strict")?;
                s
            }
        };
        let errors = match &a[2] {
            Some(Value::None) | None => "strict".to_string(),
            Some(e) => crate::bytes::str_opt(&self.heap, &Some(e.clone()), "", "TextIOWrapper", 3)?,
        };
        let newline: u8 = match &a[3] {
            Some(Value::None) | None => 0,
            Some(v) => {
                if !self.heap.is_str(v) {
                    return Err(type_error(format!("TextIOWrapper() argument 'newline' must be str or None, not {}", self.heap.type_name(v)).as_str()));
                }
                let s = self.heap.to_str(v);
                match newline_code(s.as_str()) {
                    Some(code) => code,
                    None => return Err(err(ExcKind::ValueError, format!("illegal newline value: {}", s).as_str())),
                }
            }
        };
        let cls = self.io_class("TextIOWrapper")?;
        let mut fo = FileObj::new(K_TEXT, cls);
        let sym = self.heap.intern("name");
        fo.name = match self.get_attr(&buffer, sym) {
            Ok(n) => n,
            Err(_) => Value::None,
        };
        fo.encoding = encoding;
        fo.errors = errors;
        fo.newline = newline;
        fo.buffer = buffer;
        Ok(self.heap.alloc(Object::File(Box::new(fo))))
    }

    pub fn new_memory_io(&mut self, bytes: bool, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let fname = if bytes { "BytesIO" } else { "StringIO" };
        let params = if bytes { vec!["initial_bytes"] } else { vec!["initial_value", "newline"] };
        let a = crate::bytes::merge_args(fname, &params, &args, &kwnames, &kwvalues)?;
        let cls = self.io_class(fname)?;
        let mut fo = FileObj::new(if bytes { K_BYTESIO } else { K_STRINGIO }, cls);
        if !bytes {
            fo.newline = match &a[1] {
                None => 2,
                Some(Value::None) => 0,
                Some(v) => {
                    if !self.heap.is_str(v) {
                        return Err(type_error(format!("newline must be str or None, not {}", self.heap.type_name(v)).as_str()));
                    }
                    let s = self.heap.to_str(v);
                    match newline_code(s.as_str()) {
                        Some(code) => code,
                        None => return Err(err(ExcKind::ValueError, format!("illegal newline value: '{}'", s).as_str())),
                    }
                }
            };
        }
        match &a[0] {
            None | Some(Value::None) => {}
            Some(v) => {
                if bytes {
                    match crate::bytes::bytes_data(&self.heap, v) {
                        Some(d) => fo.bytes = d,
                        None => return Err(type_error(format!("a bytes-like object is required, not '{}'", self.heap.type_name(v)).as_str())),
                    }
                } else {
                    match self.heap.str_chars(v) {
                        Some(cs) => fo.chars = translate_written(cs, fo.newline),
                        None => return Err(type_error(format!("initial_value must be str or None, not {}", self.heap.type_name(v)).as_str())),
                    }
                }
            }
        }
        Ok(self.heap.alloc(Object::File(Box::new(fo))))
    }

    /// `io.UnsupportedOperation(msg)`.
    pub fn unsupported(&mut self, msg: &str) -> PyErr {
        let cls = match self.io_class("UnsupportedOperation") {
            Ok(c) => c,
            Err(e) => return e,
        };
        let inst = self.heap.new_instance(cls);
        let s = self.heap.str_from(msg);
        let t = self.heap.alloc(Object::Tuple(vec![s]));
        if let Some(st) = self.heap.exc_state_mut(&inst) {
            st.args = t;
        }
        self.os_error_init(&inst, &Vec::new());
        self.set_context(&inst);
        crate::objects::exc_err(inst, false)
    }

    /// Attributes of a file object (methods come back bound).
    pub fn file_attr(&mut self, obj: &Value, sym: usize) -> Result<Value, PyErr> {
        let name = self.sym_str(sym);
        let f = self.file_ref(obj).unwrap();
        let kind = f.kind;
        let file_like = kind == K_TEXT || kind == K_BINARY;
        let wrapped = !matches!(f.buffer, Value::None);
        match name.as_str() {
            "closed" if wrapped => {
                let b = f.buffer.clone();
                return self.get_attr(&b, sym);
            }
            "closed" => return Ok(Value::Bool(f.closed)),
            "mode" if wrapped => {
                return Err(err(ExcKind::AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'"));
            }
            "name" if wrapped => {
                let b = f.buffer.clone();
                return self.get_attr(&b, sym);
            }
            "name" if file_like => return Ok(f.name.clone()),
            "mode" if file_like => {
                let m = f.mode.clone();
                return Ok(self.heap.str_from(m.as_str()));
            }
            "encoding" if kind == K_TEXT => {
                let e = f.encoding.clone();
                return Ok(self.heap.str_from(e.as_str()));
            }
            "errors" if kind == K_TEXT => {
                let e = f.errors.clone();
                return Ok(self.heap.str_from(e.as_str()));
            }
            "newlines" if kind == K_TEXT || kind == K_STRINGIO => return Ok(Value::None),
            "line_buffering" if kind == K_TEXT => return Ok(Value::Bool(false)),
            "buffer" if kind == K_TEXT && !matches!(f.buffer, Value::None) => return Ok(f.buffer.clone()),
            _ => {}
        }
        let methods = [
            "read", "readline", "readlines", "write", "writelines", "seek", "tell", "close", "flush", "readable", "writable", "seekable",
            "isatty", "truncate", "fileno", "__enter__", "__exit__", "__iter__", "__next__", "getvalue", "detach",
            "getbuffer", "readinto", "_pyrite_buffer_len", "_pyrite_buffer_get", "_pyrite_buffer_set", "read1",
        ];
        if kind == K_SCANDIR {
            for mname in ["close", "__enter__", "__exit__", "__iter__", "__next__"] {
                if mname == name.as_str() {
                    return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)));
                }
            }
            return Err(err(ExcKind::AttributeError, format!("'posix.ScandirIterator' object has no attribute '{}'", name).as_str()));
        }
        for mname in methods.iter() {
            let ok = match *mname {
                "getvalue" => !file_like,
                "detach" => wrapped,
                "getbuffer" | "_pyrite_buffer_len" | "_pyrite_buffer_get" | "_pyrite_buffer_set" => kind == crate::io_mod::K_BYTESIO,
                "readinto" | "read1" => kind == K_BINARY || kind == crate::io_mod::K_BYTESIO,
                _ => true,
            };
            if *mname == name.as_str() && ok {
                return Ok(self.heap.alloc(Object::BoundMethod(obj.clone(), name)));
            }
        }
        // The rest from the class: `__class__`, and what the io base classes define.
        let cls = self.heap.class_of(obj);
        if name == "__class__" {
            return Ok(Value::Ref(cls));
        }
        if let Some(t) = self.heap.lookup(cls, sym) {
            return Ok(self.bind(t, obj, cls));
        }
        let t = self.heap.type_name(obj);
        Err(err(ExcKind::AttributeError, format!("'_io.{}' object has no attribute '{}'", t, name).as_str()))
    }
}
