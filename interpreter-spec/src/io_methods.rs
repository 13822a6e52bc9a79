//! Methods of file objects (io_mod.rs): read/readline/readlines/write/
//! writelines/seek/tell/close/flush, the context manager and iterator
//! protocols, and `getvalue` of StringIO/BytesIO.
//!
//! Invariants: every method but `close` (and the predicates CPython
//! also refuses on closed files) checks `closed` first; text results are
//! str, binary ones bytes; a read on a file not opened for reading (or a
//! write on one not opened for writing) raises `io.UnsupportedOperation`.

use crate::builtins::arg_count;
use crate::io_mod::{closed_err, codec, universal_newlines, K_BYTESIO, K_SCANDIR, K_STRINGIO, K_TEXT};
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

/// A size argument: None or negative mean "all".
fn size_arg(vm: &Vm, args: &Vec<Value>, i: usize) -> Result<Option<usize>, PyErr> {
    if i >= args.len() {
        return Ok(None);
    }
    match &args[i] {
        Value::None => Ok(None),
        Value::Int(n) => Ok(if *n < 0 { None } else { Some(*n as usize) }),
        Value::Bool(b) => Ok(Some(*b as usize)),
        v => Err(type_error(format!("argument should be integer or None, not '{}'", vm.heap.type_name(v)).as_str())),
    }
}

impl Vm {
    fn decode_text(&mut self, f: &Value, raw: Vec<u8>) -> Result<Value, PyErr> {
        let (enc, errors, newline) = {
            let fo = self.file_ref(f).unwrap();
            (codec(fo.encoding.as_str()), fo.errors.clone(), fo.newline)
        };
        let cs = crate::bytes::decode_keep(&mut self.heap, &raw, enc.as_str(), errors.as_str())?;
        Ok(self.heap.new_str(if newline == 0 { universal_newlines(cs) } else { cs }))
    }

    /// One line (or at most `limit` chars/bytes of it); empty at EOF.
    fn file_readline(&mut self, f: &Value, limit: Option<usize>) -> Result<Value, PyErr> {
        let kind = self.file_ref(f).unwrap().kind;
        if kind == K_STRINGIO || kind == K_BYTESIO {
            let fo = self.file_mut(f);
            let len = if kind == K_STRINGIO { fo.chars.len() } else { fo.bytes.len() };
            let mut i = fo.pos;
            while i < len {
                if let Some(k) = limit {
                    if i - fo.pos >= k {
                        break;
                    }
                }
                i += 1;
                // A StringIO's lines end by its `newline`: "" any of \n, \r, \r\n; "\r" at \r.
                let nl = if kind == K_STRINGIO {
                    let c = fo.chars[i - 1];
                    match fo.newline {
                        1 => c == '\n' || (c == '\r' && !(i < len && fo.chars[i] == '\n')),
                        3 => c == '\r',
                        _ => c == '\n',
                    }
                } else {
                    fo.bytes[i - 1] == b'\n'
                };
                if nl {
                    break;
                }
            }
            let start = if fo.pos < len { fo.pos } else { len };
            let end = if i > start { i } else { start };
            fo.pos = if fo.pos > end { fo.pos } else { end };
            return Ok(self.memory_slice(f, kind, start, end));
        }
        self.read_os(f, kind, limit, true)
    }

    fn file_read(&mut self, f: &Value, n: Option<usize>) -> Result<Value, PyErr> {
        let kind = self.file_ref(f).unwrap().kind;
        if kind == K_STRINGIO || kind == K_BYTESIO {
            let fo = self.file_mut(f);
            let len = if kind == K_STRINGIO { fo.chars.len() } else { fo.bytes.len() };
            let start = if fo.pos < len { fo.pos } else { len };
            let end = match n {
                Some(k) if start + k < len => start + k,
                _ => len,
            };
            if end > fo.pos {
                fo.pos = end;
            }
            return Ok(self.memory_slice(f, kind, start, end));
        }
        self.read_os(f, kind, n, false)
    }

    /// Characters or bytes `start..end` of an in-memory file, as str or bytes.
    fn memory_slice(&mut self, f: &Value, kind: u8, start: usize, end: usize) -> Value {
        let fo = self.file_mut(f);
        if kind == K_STRINGIO {
            let cs = fo.chars[start..end].to_vec();
            return self.heap.new_str(cs);
        }
        let bs = fo.bytes[start..end].to_vec();
        self.heap.alloc(Object::Bytes(bs))
    }

    /// Up to `limit` characters (text) or bytes from an OS file, stopping
    /// after a newline when `line`.
    fn read_os(&mut self, f: &Value, kind: u8, limit: Option<usize>, line: bool) -> Result<Value, PyErr> {
        self.check_readable(f)?;
        if kind == K_TEXT && self.is_wrapped(f) {
            self.wrapped_fill(f, limit, line)?;
        }
        let r = if kind == K_TEXT { self.file_mut(f).take_text(limit, line) } else { self.file_mut(f).take_bytes(limit, line) };
        let raw = match r {
            Ok(b) => b,
            Err(e) => return Err(self.io_error_v(&e, None, None)),
        };
        if kind == K_TEXT {
            return self.decode_text(f, raw);
        }
        Ok(self.heap.alloc(Object::Bytes(raw)))
    }

    /// Whether `f` is a `TextIOWrapper` over a Python-level buffer.
    fn is_wrapped(&self, f: &Value) -> bool {
        match &self.file_ref(f).unwrap().buffer {
            Value::None => false,
            _ => true,
        }
    }

    /// `f.buffer.NAME(*args)`.
    fn buffer_call(&mut self, f: &Value, name: &str, args: Vec<Value>) -> Result<Value, PyErr> {
        let b = self.file_ref(f).unwrap().buffer.clone();
        let sym = self.heap.intern(name);
        let m = self.get_attr(&b, sym)?;
        self.call1(&m, args)
    }

    /// Reads chunks of a wrapper's buffer into the read-ahead until it
    /// holds what a read of `limit` chars (all if None), stopping after a
    /// line end if `line`, needs -- or the buffer is at its end.
    fn wrapped_fill(&mut self, f: &Value, limit: Option<usize>, line: bool) -> Result<(), PyErr> {
        loop {
            let enough = {
                let fo = self.file_ref(f).unwrap();
                let avail = &fo.rbuf[fo.rpos..];
                // A char is at most 4 bytes; one more to look past a '\r'.
                let by_count = match limit {
                    Some(k) => avail.len() > 4 * k + 1,
                    None => false,
                };
                let mut by_line = false;
                if line {
                    for i in 0..avail.len() {
                        let b = avail[i];
                        let more = i + 1 < avail.len();
                        let ends = match fo.newline {
                            0 | 1 => b == b'\n' || (b == b'\r' && more),
                            2 => b == b'\n',
                            3 => b == b'\r',
                            _ => b == b'\n' && i > 0 && avail[i - 1] == b'\r',
                        };
                        if ends {
                            by_line = true;
                            break;
                        }
                    }
                }
                by_count || by_line
            };
            if enough {
                return Ok(());
            }
            let chunk = self.buffer_call(f, "read", vec![Value::Int(8192)])?;
            let data = match crate::bytes::bytes_data(&self.heap, &chunk) {
                Some(d) => d,
                None => {
                    if let Value::None = chunk {
                        return Ok(());
                    }
                    return Err(type_error(format!("underlying read() should have returned a bytes-like object, not '{}'", self.heap.type_name(&chunk)).as_str()));
                }
            };
            if data.is_empty() {
                return Ok(());
            }
            let fo = self.file_mut(f);
            if fo.rpos > 0 {
                let rest = fo.rbuf[fo.rpos..].to_vec();
                fo.rbuf = rest;
                fo.rpos = 0;
            }
            fo.rbuf.extend_from_slice(data.as_slice());
        }
    }

    /// Before a write, seek or tell of a wrapper: gives the unread
    /// read-ahead back to the buffer (seeking it back).
    fn wrapped_drop_readahead(&mut self, f: &Value) -> Result<(), PyErr> {
        let unread = {
            let fo = self.file_mut(f);
            let n = fo.rbuf.len() - fo.rpos;
            fo.rbuf.clear();
            fo.rpos = 0;
            n as i64
        };
        if unread > 0 {
            self.buffer_call(f, "seek", vec![Value::Int(-unread), Value::Int(1)])?;
        }
        Ok(())
    }

    fn check_readable(&mut self, f: &Value) -> Result<(), PyErr> {
        if self.file_ref(f).unwrap().readable {
            return Ok(());
        }
        Err(self.unsupported("not readable"))
    }

    fn file_write(&mut self, f: &Value, arg: &Value) -> Result<Value, PyErr> {
        let kind = self.file_ref(f).unwrap().kind;
        let text = kind == K_TEXT || kind == K_STRINGIO;
        // Binary files take any buffer (a memoryview, an array) as its bytes.
        let mut conv = arg.clone();
        if !text && crate::bytes::bytes_data(&self.heap, arg).is_none() {
            if let Some(b) = self.buffer_bytes(arg)? {
                conv = b;
            }
        }
        let v = &conv;
        if text {
            if kind == K_STRINGIO && !self.heap.is_str(v) {
                return Err(type_error(format!("string argument expected, got '{}'", self.heap.type_name(v)).as_str()));
            }
            if !self.heap.is_str(v) {
                return Err(type_error(format!("write() argument must be str, not {}", self.heap.type_name(v)).as_str()));
            }
        } else if crate::bytes::bytes_data(&self.heap, v).is_none() {
            return Err(type_error(format!("a bytes-like object is required, not '{}'", self.heap.type_name(v)).as_str()));
        }
        if kind == K_STRINGIO || kind == K_BYTESIO {
            let cs = self.heap.str_chars(v);
            let bs = crate::bytes::bytes_data(&self.heap, v);
            let n = if kind == K_STRINGIO { self.heap.len(v)? as usize } else { bs.as_ref().unwrap().len() };
            let fo = self.file_mut(f);
            let mut advance = n;
            if kind == K_STRINGIO {
                let cs = crate::io_mod::translate_written(cs.unwrap(), fo.newline);
                advance = cs.len();
                while fo.chars.len() < fo.pos {
                    fo.chars.push('\0');
                }
                for (k, c) in cs.iter().enumerate() {
                    if fo.pos + k < fo.chars.len() {
                        fo.chars[fo.pos + k] = *c;
                    } else {
                        fo.chars.push(*c);
                    }
                }
            } else {
                let bs = bs.unwrap();
                while fo.bytes.len() < fo.pos {
                    fo.bytes.push(0);
                }
                for (k, b) in bs.iter().enumerate() {
                    if fo.pos + k < fo.bytes.len() {
                        fo.bytes[fo.pos + k] = *b;
                    } else {
                        fo.bytes.push(*b);
                    }
                }
            }
            fo.pos += advance;
            return Ok(Value::Int(n as i64));
        }
        if !self.file_ref(f).unwrap().writable {
            return Err(self.unsupported("not writable"));
        }
        let (data, n) = if text {
            let mut cs = self.heap.str_chars(v).unwrap();
            let (enc, errors, newline) = {
                let fo = self.file_ref(f).unwrap();
                (crate::io_mod::write_codec(fo.encoding.as_str()), fo.errors.clone(), fo.newline)
            };
            let n = cs.len();
            if newline >= 3 {
                let mut t = Vec::new();
                for c in cs.iter() {
                    if *c == '\n' {
                        t.push('\r');
                        if newline == 4 {
                            t.push('\n');
                        }
                    } else {
                        t.push(*c);
                    }
                }
                cs = t;
            }
            let data = match crate::bytes::encode(&cs, enc.as_str(), errors.as_str()) {
                Ok(d) => d,
                Err(mut e) => {
                    // The written text is the error's `object` (its start, end and reason come from the message).
                    if e.kind == ExcKind::UnicodeEncodeError && e.arg.is_none() && e.exc.is_none() {
                        e.arg = Some(self.heap.new_str(cs));
                    }
                    return Err(e);
                }
            };
            (data, n)
        } else {
            let d = crate::bytes::bytes_data(&self.heap, v).unwrap();
            let n = d.len();
            (d, n)
        };
        if self.is_wrapped(f) {
            self.wrapped_drop_readahead(f)?;
            let b = self.heap.alloc(Object::Bytes(data));
            self.buffer_call(f, "write", vec![b])?;
            return Ok(Value::Int(n as i64));
        }
        if let Err(e) = self.file_mut(f).write_raw(data.as_slice()) {
            return Err(self.io_error_v(&e, None, None));
        }
        Ok(Value::Int(n as i64))
    }

    fn file_seek(&mut self, f: &Value, args: &Vec<Value>) -> Result<Value, PyErr> {
        arg_count("seek", args, 1, 2)?;
        let off = crate::builtins::int_arg(&self.heap, &args[0])?;
        let whence = if args.len() > 1 { crate::builtins::int_arg(&self.heap, &args[1])? } else { 0 };
        if whence < 0 || whence > 2 {
            return Err(err(ExcKind::ValueError, format!("invalid whence ({}, should be 0, 1 or 2)", whence).as_str()));
        }
        let kind = self.file_ref(f).unwrap().kind;
        if (kind == K_TEXT || kind == K_STRINGIO) && whence != 0 && off != 0 {
            return Err(if kind == K_TEXT {
                self.unsupported(if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" })
            } else {
                err(ExcKind::OSError, if whence == 1 { "Can't do nonzero cur-relative seeks" } else { "Can't do nonzero end-relative seeks" })
            });
        }
        if kind == K_STRINGIO || kind == K_BYTESIO {
            let fo = self.file_mut(f);
            let len = if kind == K_STRINGIO { fo.chars.len() } else { fo.bytes.len() } as i64;
            let base = if whence == 0 { 0 } else if whence == 1 { fo.pos as i64 } else { len };
            let p = base + off;
            if p < 0 {
                if whence == 0 {
                    return Err(err(ExcKind::ValueError, format!("negative seek value {}", off).as_str()));
                }
                fo.pos = 0;
            } else {
                fo.pos = p as usize;
            }
            return Ok(Value::Int(fo.pos as i64));
        }
        if whence == 0 && off < 0 {
            if kind == K_TEXT {
                return Err(err(ExcKind::ValueError, format!("negative seek position {}", off).as_str()));
            }
            // A binary file passes the offset to lseek, which refuses it (EINVAL).
            return Err(self.os_error(22, None, None));
        }
        if self.is_wrapped(f) {
            self.wrapped_drop_readahead(f)?;
            return self.buffer_call(f, "seek", vec![Value::Int(off), Value::Int(whence)]);
        }
        match self.file_mut(f).seek(off, whence) {
            Ok(p) => Ok(Value::Int(p as i64)),
            Err(e) => Err(self.io_error_v(&e, None, None)),
        }
    }

    /// A method call on a file object.
    pub fn file_method(&mut self, f: &Value, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let (kind, closed) = {
            let fo = self.file_ref(f).unwrap();
            (fo.kind, fo.closed)
        };
        if name == "close" || name == "__exit__" {
            if name == "close" {
                arg_count("close", &args, 0, 0)?;
            }
            if self.is_wrapped(f) {
                // Flushes and closes the buffer (once).
                let was = self.file_ref(f).unwrap().closed;
                self.file_mut(f).close();
                if !was {
                    self.buffer_call(f, "flush", Vec::new())?;
                    self.buffer_call(f, "close", Vec::new())?;
                }
                return Ok(Value::None);
            }
            self.file_mut(f).close();
            return Ok(Value::None);
        }
        if kind == K_SCANDIR {
            return match name {
                "__enter__" | "__iter__" => Ok(f.clone()),
                _ => match self.file_next(f)? {
                    Some(v) => Ok(v),
                    None => Err(err(ExcKind::StopIteration, "")),
                },
            };
        }
        if closed {
            if kind == K_STRINGIO && name != "__iter__" {
                return Err(err(ExcKind::ValueError, "I/O operation on closed file"));
            }
            return Err(closed_err());
        }
        if !kwnames.is_empty() && name != "read" && name != "readline" {
            return Err(type_error(format!("{}() takes no keyword arguments", name).as_str()));
        }
        let _ = kwvalues;
        if self.is_wrapped(f) {
            match name {
                "flush" | "readable" | "writable" | "seekable" | "fileno" | "isatty" => {
                    arg_count(name, &args, 0, 0)?;
                    return self.buffer_call(f, name, Vec::new());
                }
                "tell" => {
                    // The buffer's position less the unread read-ahead.
                    arg_count("tell", &args, 0, 0)?;
                    let p = self.buffer_call(f, "tell", Vec::new())?;
                    let fo = self.file_ref(f).unwrap();
                    let unread = (fo.rbuf.len() - fo.rpos) as i64;
                    return match p {
                        Value::Int(p) => Ok(Value::Int(p - unread)),
                        other => Ok(other),
                    };
                }
                "truncate" => {
                    arg_count("truncate", &args, 0, 1)?;
                    self.wrapped_drop_readahead(f)?;
                    self.buffer_call(f, "flush", Vec::new())?;
                    return self.buffer_call(f, "truncate", args);
                }
                "detach" => {
                    // As CPython, the read-ahead is not given back.
                    arg_count("detach", &args, 0, 0)?;
                    {
                        let fo = self.file_mut(f);
                        fo.rbuf.clear();
                        fo.rpos = 0;
                    }
                    self.buffer_call(f, "flush", Vec::new())?;
                    let fo = self.file_mut(f);
                    let b = fo.buffer.clone();
                    fo.buffer = Value::None;
                    fo.closed = true;
                    return Ok(b);
                }
                _ => {}
            }
        }
        match name {
            "read" | "read1" => {
                arg_count(name, &args, 0, 1)?;
                let n = size_arg(self, &args, 0)?;
                self.file_read(f, n)
            }
            "readline" => {
                arg_count("readline", &args, 0, 1)?;
                let n = size_arg(self, &args, 0)?;
                self.file_readline(f, n)
            }
            "readlines" => {
                arg_count("readlines", &args, 0, 1)?;
                let hint = size_arg(self, &args, 0)?;
                let mut out = Vec::new();
                let mut total: usize = 0;
                loop {
                    let line = self.file_readline(f, None)?;
                    let n = self.heap.len(&line)? as usize;
                    if n == 0 {
                        break;
                    }
                    out.push(line);
                    total += n;
                    if let Some(h) = hint {
                        if h > 0 && total >= h {
                            break;
                        }
                    }
                }
                Ok(self.heap.alloc(Object::List(out)))
            }
            "write" => {
                arg_count("write", &args, 1, 1)?;
                self.file_write(f, &args[0])
            }
            "writelines" => {
                arg_count("writelines", &args, 1, 1)?;
                let items = self.collect(&args[0])?;
                for it in items.iter() {
                    self.file_write(f, it)?;
                }
                Ok(Value::None)
            }
            "seek" => self.file_seek(f, &args),
            "tell" => {
                arg_count("tell", &args, 0, 0)?;
                if kind == K_STRINGIO || kind == K_BYTESIO {
                    return Ok(Value::Int(self.file_ref(f).unwrap().pos as i64));
                }
                match self.file_mut(f).tell() {
                    Ok(p) => Ok(Value::Int(p as i64)),
                    Err(e) => Err(self.io_error_v(&e, None, None)),
                }
            }
            "flush" => Ok(Value::None),
            "readable" | "writable" | "seekable" => {
                let fo = self.file_ref(f).unwrap();
                let memory = kind == K_STRINGIO || kind == K_BYTESIO;
                let r = match name {
                    "readable" => memory || fo.readable,
                    "writable" => memory || fo.writable,
                    _ => true,
                };
                Ok(Value::Bool(r))
            }
            "isatty" => Ok(Value::Bool(false)),
            "fileno" => {
                arg_count("fileno", &args, 0, 0)?;
                if kind == K_STRINGIO || kind == K_BYTESIO {
                    return Err(self.unsupported("fileno"));
                }
                Ok(Value::Int(self.file_ref(f).unwrap().fileno()))
            }
            "truncate" => {
                arg_count("truncate", &args, 0, 1)?;
                let memory = kind == K_STRINGIO || kind == K_BYTESIO;
                let size = match size_arg(self, &args, 0)? {
                    Some(n) => n,
                    None => {
                        if memory {
                            self.file_ref(f).unwrap().pos
                        } else {
                            match self.file_mut(f).tell() {
                                Ok(p) => p as usize,
                                Err(e) => return Err(self.io_error_v(&e, None, None)),
                            }
                        }
                    }
                };
                if memory {
                    let fo = self.file_mut(f);
                    fo.chars.truncate(size);
                    fo.bytes.truncate(size);
                    return Ok(Value::Int(size as i64));
                }
                if !self.file_ref(f).unwrap().writable {
                    return Err(self.unsupported("truncate"));
                }
                match self.file_mut(f).truncate(size as u64) {
                    Ok(()) => Ok(Value::Int(size as i64)),
                    Err(e) => Err(self.io_error_v(&e, None, None)),
                }
            }
            "__enter__" | "__iter__" => Ok(f.clone()),
            "__next__" => match self.file_next(f)? {
                Some(v) => Ok(v),
                None => Err(err(ExcKind::StopIteration, "")),
            },
            "getbuffer" => {
                // A writable view of the contents (lib/_memview.py's
                // _BytesIOStore reads and writes them through the
                // _pyrite_buffer_* methods below).
                arg_count("getbuffer", &args, 0, 0)?;
                let mv = self.import_dotted("_memview")?;
                let s_store = self.heap.intern("_BytesIOStore");
                let store_cls = self.get_attr(&mv, s_store)?;
                let store = self.call1(&store_cls, vec![f.clone()])?;
                let s_export = self.heap.intern("_export");
                let export = self.get_attr(&mv, s_export)?;
                let fmt = self.heap.str_from("B");
                self.call1(&export, vec![f.clone(), store, fmt, Value::Int(1), Value::Bool(false)])
            }
            "_pyrite_buffer_len" => Ok(Value::Int(self.file_ref(f).unwrap().bytes.len() as i64)),
            "_pyrite_buffer_get" | "_pyrite_buffer_set" => {
                arg_count(name, &args, 1, 2)?;
                let i = crate::builtins::int_arg(&self.heap, &args[0])?;
                let fo = self.file_mut(f);
                if i < 0 || i as usize >= fo.bytes.len() {
                    return Err(err(ExcKind::IndexError, "index out of bounds on dimension 1"));
                }
                if name == "_pyrite_buffer_get" {
                    return Ok(Value::Int(fo.bytes[i as usize] as i64));
                }
                let b = match &args[1] {
                    Value::Int(b) if *b >= 0 && *b <= 255 => *b,
                    _ => return Err(err(ExcKind::ValueError, "memoryview: invalid value for format 'B'")),
                };
                fo.bytes[i as usize] = b as u8;
                Ok(Value::None)
            }
            "readinto" => {
                // Reads up to len(b) bytes into the writable buffer `b`.
                arg_count("readinto", &args, 1, 1)?;
                let n = self.v_len(&args[0])? as usize;
                let data = self.file_read(f, Some(n))?;
                let d = crate::bytes::bytes_data(&self.heap, &data).unwrap();
                let k = d.len();
                let dv = self.heap.alloc(Object::Bytes(d));
                let sl = self.heap.alloc(Object::Slice(vec![Value::Int(0), Value::Int(k as i64), Value::None]));
                self.store_subscr(&args[0], &sl, dv)?;
                Ok(Value::Int(k as i64))
            }
            "getvalue" => {
                let fo = self.file_ref(f).unwrap();
                if kind == K_STRINGIO {
                    let cs = fo.chars.clone();
                    return Ok(self.heap.new_str(cs));
                }
                let bs = fo.bytes.clone();
                Ok(self.heap.alloc(Object::Bytes(bs)))
            }
            _ => {
                let t = self.heap.type_name(f);
                Err(err(ExcKind::AttributeError, format!("'_io.{}' object has no attribute '{}'", t, name).as_str()))
            }
        }
    }

    /// The next line of a file being iterated; None at EOF.
    pub fn file_next(&mut self, f: &Value) -> Result<Option<Value>, PyErr> {
        if self.file_ref(f).unwrap().kind == K_SCANDIR {
            let fo = self.file_mut(f);
            if fo.closed || fo.pos >= fo.items.len() {
                return Ok(None);
            }
            fo.pos += 1;
            return Ok(Some(fo.items[fo.pos - 1].clone()));
        }
        if self.file_ref(f).unwrap().closed {
            return Err(closed_err());
        }
        let line = self.file_readline(f, None)?;
        if self.heap.len(&line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line))
    }
}
