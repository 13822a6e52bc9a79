//! A small JVM class-file writer: constant pool, fields, methods and their `Code`
//! attribute, serialised as class-file version 49 (Java 5).
//!
//! Invariants:
//! - Version 49 needs no `StackMapTable`: the JVM verifies such classes with the
//!   type-inferring verifier, so generated code may branch freely.
//! - Constant-pool entries are interned: asking twice for the same constant gives the same
//!   index. `long` and `double` entries take two slots, as the format requires.
//! - Nothing here panics on large input: a pool over 65535 entries, a method over 65535
//!   bytes of code or more than 65535 locals is an `Err` naming the class or method.

use std::collections::HashMap;

#[derive(Clone, PartialEq, Eq, Hash)]
enum Entry {
    Utf8(String),
    Int(i32),
    Float(u32),
    Long(i64),
    Double(u64),
    Class(u16),
    NameType(u16, u16),
    Method(u16, u16),
    Field(u16, u16),
}

#[derive(Default)]
pub struct Pool {
    entries: Vec<Entry>,
    index: HashMap<Entry, u16>,
    next: u32,
    pub overflow: bool,
}

impl Pool {
    pub fn new() -> Pool {
        Pool { next: 1, ..Default::default() }
    }

    fn add(&mut self, e: Entry) -> u16 {
        if let Some(&i) = self.index.get(&e) {
            return i;
        }
        let wide = matches!(e, Entry::Long(_) | Entry::Double(_));
        let i = self.next;
        self.next += if wide { 2 } else { 1 };
        if self.next > 0xffff {
            self.overflow = true;
            return 1;
        }
        self.entries.push(e.clone());
        self.index.insert(e, i as u16);
        i as u16
    }

    pub fn utf8(&mut self, s: &str) -> u16 {
        self.add(Entry::Utf8(s.to_string()))
    }
    pub fn class(&mut self, name: &str) -> u16 {
        let n = self.utf8(name);
        self.add(Entry::Class(n))
    }
    pub fn int(&mut self, v: i32) -> u16 {
        self.add(Entry::Int(v))
    }
    pub fn float(&mut self, v: f32) -> u16 {
        self.add(Entry::Float(v.to_bits()))
    }
    pub fn long(&mut self, v: i64) -> u16 {
        self.add(Entry::Long(v))
    }
    pub fn double(&mut self, v: f64) -> u16 {
        self.add(Entry::Double(v.to_bits()))
    }
    fn name_type(&mut self, name: &str, desc: &str) -> u16 {
        let (n, d) = (self.utf8(name), self.utf8(desc));
        self.add(Entry::NameType(n, d))
    }
    pub fn method(&mut self, class: &str, name: &str, desc: &str) -> u16 {
        let c = self.class(class);
        let nt = self.name_type(name, desc);
        self.add(Entry::Method(c, nt))
    }
    pub fn field(&mut self, class: &str, name: &str, desc: &str) -> u16 {
        let c = self.class(class);
        let nt = self.name_type(name, desc);
        self.add(Entry::Field(c, nt))
    }

    fn write(&self, out: &mut Vec<u8>) {
        put16(out, self.next as u16);
        for e in &self.entries {
            match e {
                Entry::Utf8(s) => {
                    out.push(1);
                    let b = modified_utf8(s);
                    put16(out, b.len() as u16);
                    out.extend_from_slice(&b);
                }
                Entry::Int(v) => {
                    out.push(3);
                    out.extend_from_slice(&v.to_be_bytes());
                }
                Entry::Float(v) => {
                    out.push(4);
                    out.extend_from_slice(&v.to_be_bytes());
                }
                Entry::Long(v) => {
                    out.push(5);
                    out.extend_from_slice(&v.to_be_bytes());
                }
                Entry::Double(v) => {
                    out.push(6);
                    out.extend_from_slice(&v.to_be_bytes());
                }
                Entry::Class(n) => {
                    out.push(7);
                    put16(out, *n);
                }
                Entry::Field(c, nt) | Entry::Method(c, nt) => {
                    out.push(if matches!(e, Entry::Field(..)) { 9 } else { 10 });
                    put16(out, *c);
                    put16(out, *nt);
                }
                Entry::NameType(n, d) => {
                    out.push(12);
                    put16(out, *n);
                    put16(out, *d);
                }
            }
        }
    }
}

/// The JVM's "modified UTF-8": NUL as two bytes, supplementary characters as surrogate pairs.
fn modified_utf8(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for ch in s.chars() {
        let c = ch as u32;
        if c != 0 && c < 0x80 {
            out.push(c as u8);
        } else if c < 0x800 {
            out.push(0xc0 | (c >> 6) as u8);
            out.push(0x80 | (c & 0x3f) as u8);
        } else if c < 0x10000 {
            out.extend_from_slice(&[0xe0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3f) as u8, 0x80 | (c & 0x3f) as u8]);
        } else {
            let mut buf = [0u16; 2];
            for u in ch.encode_utf16(&mut buf) {
                let u = *u as u32;
                out.extend_from_slice(&[0xe0 | (u >> 12) as u8, 0x80 | ((u >> 6) & 0x3f) as u8, 0x80 | (u & 0x3f) as u8]);
            }
        }
    }
    out
}

pub fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}
pub fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}

pub const ACC_PUBLIC: u16 = 0x0001;
pub const ACC_STATIC: u16 = 0x0008;
pub const ACC_FINAL: u16 = 0x0010;
pub const ACC_SUPER: u16 = 0x0020;

pub struct MethodDef {
    pub flags: u16,
    pub name: String,
    pub desc: String,
    pub code: Vec<u8>,
    pub max_stack: u32,
    pub max_locals: u32,
}

pub struct ClassFile {
    pub name: String,
    pub pool: Pool,
    methods: Vec<MethodDef>,
}

impl ClassFile {
    pub fn new(name: &str) -> ClassFile {
        ClassFile { name: name.to_string(), pool: Pool::new(), methods: vec![] }
    }

    pub fn add_method(&mut self, m: MethodDef) -> Result<(), String> {
        if m.code.len() > 65535 {
            return Err(format!(
                "error: the JVM backend cannot emit method `{}`: its bytecode is {} bytes, over the JVM's limit of 65535 bytes per method (splitting large functions is not implemented yet)",
                m.name,
                m.code.len()
            ));
        }
        if m.max_locals > 65535 || m.max_stack > 65535 {
            return Err(format!("error: the JVM backend cannot emit method `{}`: {} locals, over the JVM's limit of 65535", m.name, m.max_locals));
        }
        self.pool.utf8(&m.name);
        self.pool.utf8(&m.desc);
        self.pool.utf8("Code");
        self.methods.push(m);
        Ok(())
    }

    pub fn to_bytes(&mut self) -> Result<Vec<u8>, String> {
        let this = self.pool.class(&self.name);
        let sup = self.pool.class("java/lang/Object");
        let code_attr = self.pool.utf8("Code");
        let idx: Vec<(u16, u16)> = self.methods.iter().map(|m| (m.name.clone(), m.desc.clone())).collect::<Vec<_>>().iter().map(|(n, d)| (self.pool.utf8(n), self.pool.utf8(d))).collect();
        if self.pool.overflow {
            return Err(format!("error: the JVM backend cannot emit class `{}`: its constant pool needs more than 65535 entries", self.name));
        }
        let mut out = vec![];
        put32(&mut out, 0xCAFEBABE);
        put16(&mut out, 0);
        put16(&mut out, 49);
        self.pool.write(&mut out);
        put16(&mut out, ACC_PUBLIC | ACC_SUPER | ACC_FINAL);
        put16(&mut out, this);
        put16(&mut out, sup);
        put16(&mut out, 0); // interfaces
        put16(&mut out, 0); // fields
        put16(&mut out, self.methods.len() as u16);
        for (m, (n, d)) in self.methods.iter().zip(idx) {
            put16(&mut out, m.flags);
            put16(&mut out, n);
            put16(&mut out, d);
            put16(&mut out, 1);
            put16(&mut out, code_attr);
            put32(&mut out, 12 + m.code.len() as u32);
            put16(&mut out, m.max_stack as u16);
            put16(&mut out, m.max_locals as u16);
            put32(&mut out, m.code.len() as u32);
            out.extend_from_slice(&m.code);
            put16(&mut out, 0); // exception table
            put16(&mut out, 0); // attributes
        }
        put16(&mut out, 0); // class attributes
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_interns_and_wide_entries_take_two_slots() {
        let mut p = Pool::new();
        let a = p.utf8("x");
        assert_eq!(p.utf8("x"), a);
        let l = p.long(5);
        let after = p.int(1);
        assert_eq!(after, l + 2);
        assert_eq!(modified_utf8("a\0"), vec![b'a', 0xc0, 0x80]);
    }
}
