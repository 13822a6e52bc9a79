//! `binascii`: hexlify/b2a_hex (with `sep`), unhexlify/a2b_hex,
//! b2a_base64 (`newline=`), a2b_base64 and crc32, with CPython 3.11's
//! results and messages (`binascii.Error` is a ValueError subclass made
//! in stdlib_mod.rs).  The frozen `base64` module is built on these.
//!
//! Invariants:
//! - Inputs are bytes or bytearray (the a2b functions also take ASCII
//!   str); results are always new bytes objects.
//! - a2b_base64 is CPython's non-strict decoder: characters outside the
//!   alphabet are skipped and a pad sequence ends the input;
//!   `strict_mode=True` is refused (not implemented).

use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn hex_val(c: u8) -> Option<u8> {
    if c >= 48 && c <= 57 {
        return Some(c - 48);
    }
    if c >= 97 && c <= 102 {
        return Some(c - 87);
    }
    if c >= 65 && c <= 70 {
        return Some(c - 55);
    }
    None
}

fn b64_val(c: u8) -> Option<u32> {
    let alphabet = B64.as_bytes();
    for k in 0..64 {
        if alphabet[k] == c {
            return Some(k as u32);
        }
    }
    None
}

pub fn crc32_update(data: &[u8], start: u32) -> u32 {
    let mut crc = !start;
    for b in data.iter() {
        crc ^= *b as u32;
        for _ in 0..8 {
            if crc & 1 == 1 {
                crc = (crc >> 1) ^ 0xEDB88320;
            } else {
                crc = crc >> 1;
            }
        }
    }
    !crc
}

/// `data` as hex digits, with `sep` every `per` bytes (counted from the
/// right when `per` > 0, from the left when < 0).
fn hexlify(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let digits = "0123456789abcdef".as_bytes();
    let mut out = Vec::new();
    let n = data.len();
    let group = if per < 0 { (-per) as usize } else { per as usize };
    for k in 0..n {
        if k > 0 && group > 0 {
            if let Some(s) = sep {
                let boundary = if per > 0 { (n - k) % group == 0 } else { k % group == 0 };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(digits[(data[k] >> 4) as usize]);
        out.push(digits[(data[k] & 15) as usize]);
    }
    out
}

fn b2a_base64(data: &[u8], newline: bool) -> Vec<u8> {
    let alphabet = B64.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let b0 = data[i] as u32;
        let b1 = if i + 1 < data.len() { data[i + 1] as u32 } else { 0 };
        let b2 = if i + 2 < data.len() { data[i + 2] as u32 } else { 0 };
        let v = (b0 << 16) | (b1 << 8) | b2;
        out.push(alphabet[((v >> 18) & 63) as usize]);
        out.push(alphabet[((v >> 12) & 63) as usize]);
        out.push(if i + 1 < data.len() { alphabet[((v >> 6) & 63) as usize] } else { 61 });
        out.push(if i + 2 < data.len() { alphabet[(v & 63) as usize] } else { 61 });
        i += 3;
    }
    if newline {
        out.push(10);
    }
    out
}

/// CPython's non-strict base64 decoder; Err is the binascii.Error message.
fn a2b_base64(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut quad = 0;
    let mut pads = 0;
    let mut left: u32 = 0;
    for c in data.iter() {
        if *c == 61 {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    return Ok(out);
                }
            }
            continue;
        }
        let v = match b64_val(*c) {
            Some(v) => v,
            None => continue,
        };
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 15;
            }
            2 => {
                quad = 3;
                out.push((((left << 4) | (v >> 2)) & 255) as u8);
                left = v & 3;
            }
            _ => {
                quad = 0;
                out.push((((left << 6) | v) & 255) as u8);
                left = 0;
            }
        }
    }
    if quad == 1 {
        return Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ));
    }
    if quad != 0 {
        return Err("Incorrect padding".to_string());
    }
    Ok(out)
}

impl Vm {
    fn ba_bytes(&mut self, v: &Value) -> Result<Vec<u8>, PyErr> {
        match crate::bytes::bytes_data(&self.heap, v) {
            Some(d) => Ok(d),
            None => Err(type_error(format!("a bytes-like object is required, not '{}'", self.heap.type_name(v)).as_str())),
        }
    }

    /// An a2b argument: bytes-like or ASCII str.
    fn ba_ascii(&mut self, v: &Value) -> Result<Vec<u8>, PyErr> {
        if self.heap.is_str(v) {
            let s = self.heap.to_str(v);
            let mut out = Vec::new();
            for ch in s.chars() {
                if ch as u32 > 127 {
                    return Err(err(ExcKind::ValueError, "string argument should contain only ASCII characters"));
                }
                out.push(ch as u32 as u8);
            }
            return Ok(out);
        }
        match crate::bytes::bytes_data(&self.heap, v) {
            Some(d) => Ok(d),
            None => Err(type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", self.heap.type_name(v)).as_str())),
        }
    }

    fn ba_error(&mut self, msg: &str) -> PyErr {
        self.module_error("binascii", "Error", msg)
    }

    pub fn call_binascii(&mut self, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        // Keyword arguments become positional ones by their CPython names.
        let params: Vec<&str> = match name {
            "hexlify" | "b2a_hex" => vec!["data", "sep", "bytes_per_sep"],
            "b2a_base64" => vec!["data", "newline"],
            "a2b_base64" => vec!["data", "strict_mode"],
            "crc32" | "crc_hqx" => vec!["data", "crc"],
            "b2a_qp" => vec!["data", "quotetabs", "istext", "header"],
            "a2b_qp" => vec!["data", "header"],
            "b2a_uu" => vec!["data", "backtick"],
            "a2b_uu" => vec!["data"],
            _ => vec!["hexstr"],
        };
        let positional_max = match name {
            "b2a_base64" | "a2b_base64" | "b2a_uu" => 1,
            _ => params.len(),
        };
        if args.len() > positional_max {
            let m = if positional_max == 1 {
                format!("{}() takes exactly 1 positional argument ({} given)", name, args.len())
            } else {
                format!("{}() takes at most {} arguments ({} given)", name, positional_max, args.len())
            };
            return Err(type_error(m.as_str()));
        }
        if name == "crc32" && !kwnames.is_empty() {
            return Err(type_error("binascii.crc32() takes no keyword arguments"));
        }
        let mut slots: Vec<Option<Value>> = Vec::new();
        for k in 0..params.len() {
            slots.push(if k < args.len() { Some(args[k].clone()) } else { None });
        }
        for k in 0..kwnames.len() {
            let mut found = false;
            for p in 1..params.len() {
                if params[p] == kwnames[k].as_str() {
                    slots[p] = Some(kwvalues[k].clone());
                    found = true;
                }
            }
            if !found {
                return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", kwnames[k], name).as_str()));
            }
        }
        let mut data = match &slots[0] {
            Some(d) => d.clone(),
            None => return Err(type_error(format!("{}() missing required argument '{}' (pos 1)", name, params[0]).as_str())),
        };
        if let Some(b) = self.buffer_bytes(&data)? {
            data = b;
        }
        match name {
            "hexlify" | "b2a_hex" => {
                let d = self.ba_bytes(&data)?;
                let mut sep: Option<u8> = None;
                if let Some(s) = &slots[1] {
                    let sb = if self.heap.is_str(s) { self.ba_ascii(s)? } else { self.ba_bytes(s)? };
                    if sb.len() != 1 {
                        return Err(err(ExcKind::ValueError, "sep must be length 1."));
                    }
                    sep = Some(sb[0]);
                }
                let per = match &slots[2] {
                    Some(v) => crate::builtins::int_arg(&self.heap, v)?,
                    None => 1,
                };
                Ok(self.heap.alloc(Object::Bytes(hexlify(&d, sep, per))))
            }
            "unhexlify" | "a2b_hex" => {
                let d = self.ba_ascii(&data)?;
                if d.len() % 2 != 0 {
                    return Err(self.ba_error("Odd-length string"));
                }
                let mut out = Vec::new();
                let mut k = 0;
                while k < d.len() {
                    match (hex_val(d[k]), hex_val(d[k + 1])) {
                        (Some(a), Some(b)) => out.push(a * 16 + b),
                        _ => return Err(self.ba_error("Non-hexadecimal digit found")),
                    }
                    k += 2;
                }
                Ok(self.heap.alloc(Object::Bytes(out)))
            }
            "b2a_base64" => {
                let d = self.ba_bytes(&data)?;
                let nl = match &slots[1] {
                    Some(v) => self.truthy(v)?,
                    None => true,
                };
                Ok(self.heap.alloc(Object::Bytes(b2a_base64(&d, nl))))
            }
            "a2b_base64" => {
                let d = self.ba_ascii(&data)?;
                if let Some(v) = &slots[1] {
                    if self.truthy(v)? {
                        if let Err(m) = crate::binascii_more::base64_strict_check(&d) {
                            return Err(self.ba_error(m.as_str()));
                        }
                    }
                }
                match a2b_base64(&d) {
                    Ok(out) => Ok(self.heap.alloc(Object::Bytes(out))),
                    Err(m) => Err(self.ba_error(m.as_str())),
                }
            }
            "b2a_qp" | "a2b_qp" | "b2a_uu" | "a2b_uu" => {
                let d = if name.starts_with("a2b") { self.ba_ascii(&data)? } else { self.ba_bytes(&data)? };
                let mut flags = Vec::new();
                for k in 1..4 {
                    let f = match slots.get(k) {
                        Some(Some(v)) => self.truthy(v)?,
                        _ => name == "b2a_qp" && k == 2,
                    };
                    flags.push(f);
                }
                let r = match name {
                    "b2a_qp" => Ok(crate::binascii_more::b2a_qp(&d, flags[0], flags[1], flags[2])),
                    "a2b_qp" => Ok(crate::binascii_more::a2b_qp(&d, flags[0])),
                    "b2a_uu" => crate::binascii_more::b2a_uu(&d, flags[0]),
                    _ => crate::binascii_more::a2b_uu(&d),
                };
                match r {
                    Ok(out) => Ok(self.heap.alloc(Object::Bytes(out))),
                    Err(m) => Err(self.ba_error(m.as_str())),
                }
            }
            "crc_hqx" => {
                let d = self.ba_bytes(&data)?;
                let start = match &slots[1] {
                    Some(v) => crate::builtins::int_arg(&self.heap, v)?,
                    None => return Err(type_error("crc_hqx expected 2 arguments, got 1")),
                };
                Ok(Value::Int(crate::binascii_more::crc_hqx(&d, start as u32) as i64))
            }
            _ => {
                let d = self.ba_bytes(&data)?;
                let start = match &slots[1] {
                    Some(v) => match v {
                        Value::Int(i) => *i as u64 as u32,
                        Value::Bool(b) => *b as u32,
                        Value::BigInt(b) => {
                            let m = b.bitwise(&crate::bigint::BigInt::from_u64(0xffffffff), 0);
                            match m.to_u64() {
                                Some(u) => u as u32,
                                None => 0,
                            }
                        }
                        _ => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(v)).as_str())),
                    },
                    None => 0,
                };
                Ok(Value::Int(crc32_update(&d, start) as i64))
            }
        }
    }
}
