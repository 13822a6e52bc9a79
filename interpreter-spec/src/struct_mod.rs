//! `_struct`: pack, unpack, calcsize, pack_into, unpack_from and
//! iter_unpack over format strings, with CPython 3.11's sizes, native
//! alignment and error messages (`struct.error`, see stdlib_mod.rs).
//! The frozen `struct` module re-exports them and adds `Struct`.
//!
//! Invariants:
//! - A format is parsed into `Fmt` (byte order, items with repeat counts,
//!   total size) before any argument is looked at, so format errors come
//!   first, as in CPython.
//! - Native mode (`@` or no prefix) is x86-64/aarch64 Linux: `l`, `L`,
//!   `n`, `N`, `P` are 8 bytes, items are aligned to their size; standard
//!   modes (`=<>!`) have no alignment and refuse `n`, `N`, `P`.
//! - Float items go through float_bits.rs (round-half-even, no host
//!   `f32`/half types), so results are the same on every target.

use crate::bigint::BigInt;
use crate::float_bits::{pack_float, unpack_float};
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub struct Fmt {
    pub little: bool,
    pub native: bool,
    /// (format char, repeat count)
    pub items: Vec<(char, usize)>,
    pub size: usize,
    /// The number of values pack takes.
    pub nargs: usize,
}

/// Size of one item of code `c` (0: not a valid code in this mode).
fn item_size(c: char, native: bool) -> usize {
    match c {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' => {
            if native {
                8
            } else {
                0
            }
        }
        _ => 0,
    }
}

pub fn parse_format(s: &str) -> Result<Fmt, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut little = true;
    let mut native = true;
    if !chars.is_empty() {
        match chars[0] {
            '@' => i = 1,
            '=' | '<' => {
                native = false;
                i = 1;
            }
            '>' | '!' => {
                native = false;
                little = false;
                i = 1;
            }
            _ => {}
        }
    }
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nargs = 0;
    while i < chars.len() {
        let mut c = chars[i];
        i += 1;
        if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c' {
            continue;
        }
        let mut num: usize = 1;
        if c >= '0' && c <= '9' {
            num = c as usize - '0' as usize;
            loop {
                if i >= chars.len() {
                    return Err("repeat count given without format specifier".to_string());
                }
                c = chars[i];
                i += 1;
                if c < '0' || c > '9' {
                    break;
                }
                if num > 100000000000 {
                    return Err("total struct size too long".to_string());
                }
                num = num * 10 + (c as usize - '0' as usize);
            }
        }
        let isz = item_size(c, native);
        if isz == 0 {
            return Err("bad char in struct format".to_string());
        }
        match c {
            's' | 'p' => nargs += 1,
            'x' => {}
            _ => nargs += num,
        }
        if native && isz > 1 && size % isz != 0 {
            size += isz - size % isz;
        }
        if num > 100000000000 {
            return Err("total struct size too long".to_string());
        }
        size += num * isz;
        items.push((c, num));
    }
    Ok(Fmt { little: little, native: native, items: items, size: size, nargs: nargs })
}

fn put_uint(out: &mut Vec<u8>, v: u64, n: usize, little: bool) {
    for k in 0..n {
        let shift = if little { 8 * k } else { 8 * (n - 1 - k) };
        out.push(((v >> shift) & 255) as u8);
    }
}

fn get_uint(data: &[u8], n: usize, little: bool) -> u64 {
    let mut v: u64 = 0;
    for k in 0..n {
        let b = if little { data[n - 1 - k] } else { data[k] };
        v = (v << 8) | b as u64;
    }
    v
}

/// An integer argument: Some(i64) or, for a positive big int below 2**64,
/// its u64 (second field); None for anything larger.
enum IntArg {
    Small(i64),
    Unsigned(u64),
    Huge,
}

/// CPython 3.11's wording: its little-endian and native packers name
/// the C type of b/B/h/H; its big-endian ones name b/B only.
fn range_msg(c: char, little: bool, lo: i64, hi: u64) -> String {
    let what = match (c, little) {
        ('b', _) => "byte format",
        ('B', _) => "ubyte format",
        ('h', true) => "short format",
        ('H', true) => "ushort format",
        _ => "",
    };
    if what.is_empty() {
        format!("'{}' format requires {} <= number <= {}", c, lo, hi)
    } else {
        format!("{} requires {} <= number <= {}", what, lo, hi)
    }
}

/// The bytes of one integer item of code `c` (size `n`), or a struct.error message.
fn int_bytes(c: char, n: usize, a: IntArg, little: bool, out: &mut Vec<u8>) -> Result<(), String> {
    let aor = "argument out of range".to_string();
    let signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    if c == 'P' {
        let v = match a {
            IntArg::Small(i) => i as u64,
            IntArg::Unsigned(u) => u,
            IntArg::Huge => return Err("int too large to convert".to_string()),
        };
        put_uint(out, v, n, little);
        return Ok(());
    }
    if signed {
        let v = match a {
            IntArg::Small(i) => i,
            _ => return Err(aor),
        };
        if n < 8 {
            let hi: i64 = (1i64 << (8 * n - 1)) - 1;
            let lo = -hi - 1;
            if v < lo || v > hi {
                return Err(range_msg(c, little, lo, hi as u64));
            }
        }
        put_uint(out, v as u64, n, little);
        return Ok(());
    }
    let v: u64 = match a {
        IntArg::Small(i) => {
            if i < 0 {
                if n >= 4 || (n >= 2 && !little) {
                    return Err(aor);
                }
                let hi: u64 = (1u64 << (8 * n)) - 1;
                return Err(range_msg(c, little, 0, hi));
            }
            i as u64
        }
        IntArg::Unsigned(u) => {
            if n < 4 {
                return Err(aor);
            }
            u
        }
        IntArg::Huge => return Err(aor),
    };
    if n < 8 {
        let hi: u64 = (1u64 << (8 * n)) - 1;
        if v > hi {
            return Err(range_msg(c, little, 0, hi));
        }
    }
    put_uint(out, v, n, little);
    Ok(())
}

impl Vm {
    fn struct_error(&mut self, msg: &str) -> PyErr {
        self.module_error("_struct", "error", msg)
    }

    fn struct_fmt(&mut self, v: &Value) -> Result<Fmt, PyErr> {
        let s = match self.heap.get(v) {
            Some(Object::Str(_)) => self.heap.to_str(v),
            Some(Object::Bytes(b)) => {
                let mut s = String::new();
                for x in b.iter() {
                    s.push(*x as char);
                }
                s
            }
            _ => return Err(type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", self.heap.type_name(v)).as_str())),
        };
        match parse_format(s.as_str()) {
            Ok(f) => Ok(f),
            Err(m) => Err(self.struct_error(m.as_str())),
        }
    }

    fn struct_int(&mut self, v: &Value) -> Result<Option<IntArg>, PyErr> {
        let v = self.index_of_instance(v)?;
        Ok(match &v {
            Value::Int(i) => Some(IntArg::Small(*i)),
            Value::Bool(b) => Some(IntArg::Small(*b as i64)),
            Value::BigInt(b) => match b.to_u64() {
                Some(u) => Some(IntArg::Unsigned(u)),
                None => Some(IntArg::Huge),
            },
            _ => None,
        })
    }

    /// Packs `args` (exactly fmt.nargs values) into `out`.
    pub fn struct_pack_items(&mut self, f: &Fmt, args: &[Value], out: &mut Vec<u8>) -> Result<(), PyErr> {
        let mut ai = 0;
        for (c, num) in f.items.iter() {
            let c = *c;
            let num = *num;
            let n = item_size(c, f.native);
            if f.native && n > 1 && out.len() % n != 0 {
                let pad = n - out.len() % n;
                for _ in 0..pad {
                    out.push(0);
                }
            }
            if c == 'x' {
                for _ in 0..num {
                    out.push(0);
                }
                continue;
            }
            if c == 's' || c == 'p' {
                let v = args[ai].clone();
                ai += 1;
                let data = match crate::bytes::bytes_data(&self.heap, &v) {
                    Some(d) => d,
                    None => return Err(self.struct_error(format!("argument for '{}' must be a bytes object", c).as_str())),
                };
                if c == 's' {
                    for k in 0..num {
                        out.push(if k < data.len() { data[k] } else { 0 });
                    }
                } else if num > 0 {
                    let mut len = data.len();
                    if len > num - 1 {
                        len = num - 1;
                    }
                    out.push(if len > 255 { 255 } else { len as u8 });
                    for k in 0..num - 1 {
                        out.push(if k < len { data[k] } else { 0 });
                    }
                }
                continue;
            }
            for _ in 0..num {
                let v = args[ai].clone();
                ai += 1;
                self.struct_pack_one(c, n, f, &v, out)?;
            }
        }
        Ok(())
    }

    fn struct_pack_one(&mut self, c: char, n: usize, f: &Fmt, v: &Value, out: &mut Vec<u8>) -> Result<(), PyErr> {
        match c {
            '?' => {
                let t = self.truthy(v)?;
                out.push(t as u8);
                Ok(())
            }
            'c' => {
                match self.heap.get(v) {
                    Some(Object::Bytes(b)) if b.len() == 1 => {
                        let x = b[0];
                        out.push(x);
                        Ok(())
                    }
                    _ => Err(self.struct_error("char format requires a bytes object of length 1")),
                }
            }
            'e' | 'f' | 'd' => {
                let x = match v {
                    Value::Float(x) => *x,
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    Value::BigInt(b) => match crate::bigint_ops::int_to_f64(b) {
                        Ok(x) => x,
                        Err(_) => return Err(self.struct_error("required argument is not a float")),
                    },
                    _ => return Err(self.struct_error("required argument is not a float")),
                };
                let (ebits, mbits) = match c {
                    'e' => (5, 10),
                    'f' => (8, 23),
                    _ => (11, 52),
                };
                let bits = match pack_float(x, ebits, mbits) {
                    Some(b) => b,
                    None if c == 'f' && f.native => {
                        let s = if x < 0.0 { 1u64 << 31 } else { 0 };
                        s | (255u64 << 23)
                    }
                    None => return Err(err(ExcKind::OverflowError, format!("float too large to pack with {} format", c).as_str())),
                };
                put_uint(out, bits, n, f.little);
                Ok(())
            }
            _ => {
                let a = match self.struct_int(v)? {
                    Some(a) => a,
                    None => return Err(self.struct_error("required argument is not an integer")),
                };
                match int_bytes(c, n, a, f.little, out) {
                    Ok(()) => Ok(()),
                    Err(m) => Err(self.struct_error(m.as_str())),
                }
            }
        }
    }

    fn struct_unpack_items(&mut self, f: &Fmt, data: &[u8]) -> Value {
        let mut vals = Vec::new();
        let mut pos = 0;
        for (c, num) in f.items.iter() {
            let c = *c;
            let num = *num;
            let n = item_size(c, f.native);
            if f.native && n > 1 && pos % n != 0 {
                pos += n - pos % n;
            }
            if c == 'x' {
                pos += num;
                continue;
            }
            if c == 's' || c == 'p' {
                let mut start = pos;
                let mut end = pos + num;
                if c == 'p' && num > 0 {
                    let mut len = data[pos] as usize;
                    if len > num - 1 {
                        len = num - 1;
                    }
                    start = pos + 1;
                    end = start + len;
                }
                let b = data[start..end].to_vec();
                vals.push(self.heap.alloc(Object::Bytes(b)));
                pos += num;
                continue;
            }
            for _ in 0..num {
                let raw = get_uint(&data[pos..pos + n], n, f.little);
                let v = match c {
                    '?' => Value::Bool(raw != 0),
                    'c' => self.heap.alloc(Object::Bytes(vec![raw as u8])),
                    'e' => Value::Float(unpack_float(raw, 5, 10)),
                    'f' => Value::Float(unpack_float(raw, 8, 23)),
                    'd' => Value::Float(f64::from_bits(raw)),
                    'b' | 'h' | 'i' | 'l' | 'q' | 'n' => {
                        let shift = 64 - 8 * n as u32;
                        Value::Int(((raw << shift) as i64) >> shift)
                    }
                    _ => {
                        if raw > 9223372036854775807 {
                            crate::bigint_ops::big_value(BigInt::from_u64(raw))
                        } else {
                            Value::Int(raw as i64)
                        }
                    }
                };
                vals.push(v);
                pos += n;
            }
        }
        self.heap.alloc(Object::Tuple(vals))
    }

    fn struct_buffer(&mut self, v: &Value) -> Result<Vec<u8>, PyErr> {
        if let Some(d) = crate::bytes::bytes_data(&self.heap, v) {
            return Ok(d);
        }
        if let Some(b) = self.buffer_bytes(v)? {
            return Ok(crate::bytes::bytes_data(&self.heap, &b).unwrap_or(Vec::new()));
        }
        Err(type_error(format!("a bytes-like object is required, not '{}'", self.heap.type_name(v)).as_str()))
    }

    pub fn call_struct(&mut self, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        match name {
            "calcsize" => {
                if args.len() != 1 {
                    return Err(type_error(format!("_struct.calcsize() takes exactly one argument ({} given)", args.len()).as_str()));
                }
                let f = self.struct_fmt(&args[0])?;
                Ok(Value::Int(f.size as i64))
            }
            "pack" => {
                if args.is_empty() {
                    return Err(type_error("missing format argument"));
                }
                let f = self.struct_fmt(&args[0])?;
                if args.len() - 1 != f.nargs {
                    return Err(self.struct_error(format!("pack expected {} items for packing (got {})", f.nargs, args.len() - 1).as_str()));
                }
                let mut out = Vec::new();
                self.struct_pack_items(&f, &args[1..], &mut out)?;
                Ok(self.heap.alloc(Object::Bytes(out)))
            }
            "unpack" | "iter_unpack" => {
                if args.len() != 2 {
                    return Err(type_error(format!("{} expected 2 arguments, got {}", name, args.len()).as_str()));
                }
                let f = self.struct_fmt(&args[0])?;
                let data = self.struct_buffer(&args[1])?;
                if name == "unpack" {
                    if data.len() != f.size {
                        return Err(self.struct_error(format!("unpack requires a buffer of {} bytes", f.size).as_str()));
                    }
                    return Ok(self.struct_unpack_items(&f, &data));
                }
                if f.size == 0 {
                    return Err(self.struct_error("cannot iteratively unpack with a struct of length 0"));
                }
                if data.len() % f.size != 0 {
                    return Err(self.struct_error(format!("iterative unpacking requires a buffer of a multiple of {} bytes", f.size).as_str()));
                }
                let mut items = Vec::new();
                let mut pos = 0;
                while pos < data.len() {
                    items.push(self.struct_unpack_items(&f, &data[pos..pos + f.size]));
                    pos += f.size;
                }
                Ok(self.heap.snapshot_iter(items, crate::objects::ITER_UNPACK))
            }
            "unpack_from" => self.struct_unpack_from(args, kwnames, kwvalues),
            _ => self.struct_pack_into(args),
        }
    }

    /// A negative offset counts from the end; returns the checked offset.
    pub fn struct_offset(&mut self, v: &Value, buflen: usize, size: usize, packing: bool) -> Result<usize, PyErr> {
        let v = self.index_of_instance(v)?;
        let mut off = crate::builtins::int_arg(&self.heap, &v)?;
        let len = buflen as i64;
        if off < 0 {
            if off + (size as i64) > 0 {
                let m = if packing {
                    format!("no space to pack {} bytes at offset {}", size, off)
                } else {
                    format!("not enough data to unpack {} bytes at offset {}", size, off)
                };
                return Err(self.struct_error(m.as_str()));
            }
            if off + len < 0 {
                return Err(self.struct_error(format!("offset {} out of range for {}-byte buffer", off, buflen).as_str()));
            }
            off += len;
        }
        if len - off < size as i64 {
            let (what, verb) = if packing { ("pack_into", "packing") } else { ("unpack_from", "unpacking") };
            let m = format!(
                "{} requires a buffer of at least {} bytes for {} {} bytes at offset {} (actual buffer size is {})",
                what,
                size as i64 + off,
                verb,
                size,
                off,
                buflen
            );
            return Err(self.struct_error(m.as_str()));
        }
        Ok(off as usize)
    }

    fn struct_unpack_from(&mut self, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        if args.is_empty() {
            return Err(type_error(format!("unpack_from() takes at least 1 positional argument ({} given)", args.len()).as_str()));
        }
        let mut buffer: Option<Value> = if args.len() > 1 { Some(args[1].clone()) } else { None };
        let mut offset = if args.len() > 2 { args[2].clone() } else { Value::Int(0) };
        if args.len() > 3 {
            return Err(type_error(format!("unpack_from() takes at most 3 arguments ({} given)", args.len()).as_str()));
        }
        for k in 0..kwnames.len() {
            match kwnames[k].as_str() {
                "buffer" => buffer = Some(kwvalues[k].clone()),
                "offset" => offset = kwvalues[k].clone(),
                other => return Err(type_error(format!("'{}' is an invalid keyword argument for unpack_from()", other).as_str())),
            }
        }
        let buffer = match buffer {
            Some(b) => b,
            None => return Err(type_error("unpack_from() missing required argument 'buffer' (pos 2)")),
        };
        let f = self.struct_fmt(&args[0])?;
        let data = self.struct_buffer(&buffer)?;
        let off = self.struct_offset(&offset, data.len(), f.size, false)?;
        Ok(self.struct_unpack_items(&f, &data[off..off + f.size]))
    }

    fn struct_pack_into(&mut self, args: Vec<Value>) -> Result<Value, PyErr> {
        if args.is_empty() {
            return Err(type_error("missing format argument"));
        }
        let f = self.struct_fmt(&args[0])?;
        if args.len() < 2 {
            return Err(self.struct_error("pack_into expected buffer argument"));
        }
        if args.len() < 3 {
            return Err(self.struct_error("pack_into expected offset argument"));
        }
        if args.len() - 3 != f.nargs {
            return Err(self.struct_error(format!("pack_into expected {} items for packing (got {})", f.nargs, args.len() - 3).as_str()));
        }
        if self.buffer_exporter(&args[1]) {
            return self.struct_pack_into_view(&f, &args);
        }
        let buflen = match self.heap.get(&args[1]) {
            Some(Object::ByteArray(b)) => b.len(),
            _ => {
                return Err(type_error(
                    format!("argument must be read-write bytes-like object, not {}", self.heap.type_name(&args[1])).as_str(),
                ))
            }
        };
        let off = self.struct_offset(&args[2], buflen, f.size, true)?;
        let mut out = Vec::new();
        self.struct_pack_items(&f, &args[3..], &mut out)?;
        if let Value::Ref(h) = &args[1] {
            if let Object::ByteArray(b) = &mut self.heap.objs[*h] {
                for k in 0..out.len() {
                    b[off + k] = out[k];
                }
            }
        }
        Ok(Value::None)
    }
}
