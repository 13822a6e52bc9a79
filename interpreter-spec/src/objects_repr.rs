//! Object model (continued): `repr()` / `str()` of every value, with
//! CPython's exact spelling, including the shortest-round-trip float repr.
//!
//! Invariants: repr never fails and never allocates heap objects; self-
//! referential containers print as `[...]` / `{...}` via the `seen` stack.

use crate::objects::{Heap, Object, Value};

impl Heap {
    pub fn repr(&self, v: &Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.write_repr(v, &mut out, &mut seen);
        out
    }

    /// Python `str(v)`.
    pub fn to_str(&self, v: &Value) -> String {
        if let Some(Object::Str(cs)) = self.get(v) {
            let mut s = String::new();
            for c in cs.iter() {
                s.push(*c);
            }
            return s;
        }
        self.repr(v)
    }

    pub fn write_seq(&self, items: &Vec<Value>, out: &mut String, seen: &mut Vec<usize>) {
        for i in 0..items.len() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(&items[i], out, seen);
        }
    }

    pub fn write_repr(&self, v: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let h = match v {
            Value::None => return out.push_str("None"),
            Value::Bool(b) => return out.push_str(if *b { "True" } else { "False" }),
            Value::Int(i) => return out.push_str(i.to_string().as_str()),
            // Unlimited here: the VM's str()/repr() check the digit limit first.
            Value::BigInt(b) => {
                if b.neg {
                    out.push('-');
                }
                for c in b.to_decimal().iter() {
                    out.push(*c);
                }
                return;
            }
            Value::Float(f) => return out.push_str(float_repr(*f).as_str()),
            Value::Builtin(id) => {
                if *id == crate::builtins::B_NOTIMPLEMENTED {
                    return out.push_str("NotImplemented");
                }
                if *id == crate::builtins::B_ELLIPSIS {
                    return out.push_str("Ellipsis");
                }
                out.push_str("<built-in function ");
                out.push_str(crate::builtins::builtin_name(*id).as_str());
                return out.push('>');
            }
            Value::Ref(h) => *h,
        };
        for s in seen.iter() {
            if *s == h {
                match &self.objs[h] {
                    Object::Dict(_) => out.push_str("{...}"),
                    _ => out.push_str("[...]"),
                }
                return;
            }
        }
        match &self.objs[h] {
            Object::Str(cs) => write_str_repr(cs, out),
            Object::List(items) => {
                seen.push(h);
                out.push('[');
                self.write_seq(items, out, seen);
                out.push(']');
                seen.pop();
            }
            Object::Tuple(items) => {
                seen.push(h);
                out.push('(');
                self.write_seq(items, out, seen);
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
                seen.pop();
            }
            Object::Dict(d) => {
                seen.push(h);
                out.push('{');
                let mut first = true;
                for p in 0..d.end() {
                    if !d.is_live(p) {
                        continue;
                    }
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.write_repr(d.key_at(p), out, seen);
                    out.push_str(": ");
                    self.write_repr(d.value_at(p), out, seen);
                }
                out.push('}');
                seen.pop();
            }
            Object::Function(f) => {
                out.push_str(format!("<function {} at {}>", f.qualname, fake_address(h)).as_str());
            }
            Object::Set(s) | Object::FrozenSet(s) => {
                let frozen = match &self.objs[h] {
                    Object::FrozenSet(_) => true,
                    _ => false,
                };
                let items = s.items();
                if items.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return;
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                seen.push(h);
                out.push('{');
                self.write_seq(&items, out, seen);
                out.push('}');
                seen.pop();
                if frozen {
                    out.push(')');
                }
            }
            Object::Method(f, s) => {
                let q = match self.get(f) {
                    Some(Object::Function(fo)) => fo.qualname.clone(),
                    _ => "?".to_string(),
                };
                out.push_str(format!("<bound method {} of ", q).as_str());
                self.write_repr(s, out, seen);
                out.push('>');
            }
            Object::Class(c) => {
                if c.is_builtin || self.class_module(h) == "builtins" {
                    out.push_str(format!("<class '{}'>", c.qualname).as_str());
                } else {
                    out.push_str(format!("<class '{}.{}'>", self.class_module(h), c.qualname).as_str());
                }
            }
            Object::Instance(inst) => {
                let c = self.class(inst.cls(&self.maps));
                match inst.exc(&self.inst_more) {
                    Some(st) => {
                        out.push_str(c.name.as_str());
                        match &self.objs[match &st.args {
                            Value::Ref(a) => *a,
                            _ => 0,
                        }] {
                            Object::Tuple(items) => {
                                out.push('(');
                                self.write_seq(items, out, seen);
                                out.push(')');
                            }
                            _ => out.push_str("()"),
                        }
                    }
                    None => out.push_str(format!("<{}.{} object at {}>", self.class_module(inst.cls(&self.maps)), c.qualname, fake_address(h)).as_str()),
                }
            }
            Object::MethodDescr(c, name) => {
                out.push_str(format!("<method '{}' of '{}' objects>", name, self.class(*c).name).as_str());
            }
            Object::Generator(g) => {
                let what = if g.kind == 1 { "coroutine" } else { "generator" };
                out.push_str(format!("<{} object {} at {}>", what, g.qualname, fake_address(h)).as_str());
            }
            Object::Cell(_) => out.push_str(format!("<cell at {}>", fake_address(h)).as_str()),
            Object::Super(_, _) => out.push_str("<super object>"),
            Object::StaticMethod(f) | Object::ClassMethod(f) => {
                let is_static = match &self.objs[h] {
                    Object::StaticMethod(_) => true,
                    _ => false,
                };
                out.push_str(if is_static { "<staticmethod(" } else { "<classmethod(" });
                self.write_repr(f, out, seen);
                out.push_str(")>");
            }
            Object::Enumerate(_, _) | Object::Zip(_, _) | Object::Map(_, _) | Object::Filter(_, _) | Object::Property(_) | Object::SetIter(_, _)
            | Object::CallIter(_, _) | Object::GetItemIter(_, _) => {
                out.push_str(format!("<{} object at {}>", self.type_name(v), fake_address(h)).as_str());
            }
            Object::Module(m) => {
                if m.namespace {
                    out.push_str(format!("<module '{}' (<_frozen_importlib_external.NamespaceLoader object at {}>)>", m.name, fake_address(h)).as_str());
                } else if m.file.starts_with("<frozen ") {
                    out.push_str(format!("<module '{}' (frozen)>", m.name).as_str());
                } else if m.created {
                    out.push_str(format!("<module '{}'>", m.name).as_str());
                } else if m.file.is_empty() {
                    out.push_str(format!("<module '{}' (built-in)>", m.name).as_str());
                } else {
                    out.push_str(format!("<module '{}' from '{}'>", m.name, m.file).as_str());
                }
            }
            Object::File(f) => {
                let t = self.class(f.cls).name.clone();
                match f.kind {
                    crate::io_mod::K_TEXT => out.push_str(format!("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>", f.name_repr, f.mode, f.encoding).as_str()),
                    crate::io_mod::K_BINARY if t.as_str() == "FileIO" => {
                        out.push_str(format!("<_io.FileIO name={} mode='{}' closefd=True>", f.name_repr, f.mode).as_str())
                    }
                    crate::io_mod::K_BINARY => out.push_str(format!("<_io.{} name={}>", t, f.name_repr).as_str()),
                    crate::io_mod::K_SCANDIR => out.push_str(format!("<posix.{} object at {}>", t, fake_address(h)).as_str()),
                    _ => out.push_str(format!("<_io.{} object at {}>", t, fake_address(h)).as_str()),
                }
            }
            Object::Stream(k) => {
                out.push_str(if *k == 1 { "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" } else { "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>" });
            }
            Object::BoundMethod(recv, name) => {
                out.push_str(
                    format!("<built-in method {} of {} object at {}>", name, self.type_name(recv), fake_address(h)).as_str(),
                );
            }
            Object::Bytes(_) | Object::ByteArray(_) => out.push_str(crate::bytes::bytes_repr(self, v).as_str()),
            Object::Complex(re, im) => out.push_str(crate::complex::repr(*re, *im).as_str()),
            Object::GenericAlias(_, _) => self.alias_repr(v, out),
            // Unreachable: indexing a free slot panics.
            Object::Free => out.push_str("<freed object>"),
            Object::Range(a, b, s) => {
                if *s == 1 {
                    out.push_str(format!("range({}, {})", a, b).as_str());
                } else {
                    out.push_str(format!("range({}, {}, {})", a, b, s).as_str());
                }
            }
            Object::Slice(p) => {
                out.push_str("slice(");
                self.write_repr(&p[0], out, seen);
                out.push_str(", ");
                self.write_repr(&p[1], out, seen);
                out.push_str(", ");
                self.write_repr(&p[2], out, seen);
                out.push(')');
            }
            Object::DictView(d, kind) => {
                out.push_str(self.type_name(v).as_str());
                out.push_str("([");
                if let Object::Dict(dd) = &self.objs[*d] {
                    let mut first = true;
                    for p in 0..dd.end() {
                        if !dd.is_live(p) {
                            continue;
                        }
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        if *kind == 0 {
                            self.write_repr(dd.key_at(p), out, seen);
                        } else if *kind == 1 {
                            self.write_repr(dd.value_at(p), out, seen);
                        } else {
                            out.push('(');
                            self.write_repr(dd.key_at(p), out, seen);
                            out.push_str(", ");
                            self.write_repr(dd.value_at(p), out, seen);
                            out.push(')');
                        }
                    }
                }
                out.push_str("])");
            }
            Object::SeqIter(_, _, _) | Object::RangeIter(_, _, _) | Object::DictIter(_, _, _, _) => {
                out.push_str(format!("<{} object at {}>", self.type_name(v), fake_address(h)).as_str());
            }
        }
    }
}

pub fn fake_address(h: usize) -> String {
    let digits: Vec<char> = "0123456789abcdef".chars().collect::<Vec<char>>();
    let mut v: i64 = 0x7f0000000000 + (h as i64) * 16;
    let mut rev = Vec::new();
    while v > 0 {
        rev.push(digits[(v % 16) as usize]);
        v = v / 16;
    }
    let mut s = "0x".to_string();
    while let Some(c) = rev.pop() {
        s.push(c);
    }
    s
}

/// CPython's str repr: single quotes unless the text has ' and no ".
pub fn write_str_repr(cs: &Vec<char>, out: &mut String) {
    let mut has_single = false;
    let mut has_double = false;
    for c in cs.iter() {
        if *c == '\'' {
            has_single = true;
        }
        if *c == '"' {
            has_double = true;
        }
    }
    let q = if has_single && !has_double { '"' } else { '\'' };
    out.push(q);
    for c in cs.iter() {
        let c = *c;
        let code = c as u32;
        if c == q || c == '\\' {
            out.push('\\');
            out.push(c);
        } else if c == '\n' {
            out.push_str("\\n");
        } else if c == '\r' {
            out.push_str("\\r");
        } else if c == '\t' {
            out.push_str("\\t");
        } else if code < 0x7f && code >= 0x20 {
            out.push(c);
        } else if !crate::unicode_db::printable(c) {
            // CPython escapes what str.isprintable() rejects.
            if code < 0x100 {
                out.push_str(format!("\\x{:02x}", code).as_str());
            } else if code < 0x10000 {
                out.push_str(format!("\\u{:04x}", code).as_str());
            } else {
                out.push_str(format!("\\U{:08x}", code).as_str());
            }
        } else {
            out.push(c);
        }
    }
    out.push(q);
}

/// Python `repr(float)`: shortest round-trip digits (taken from Rust's `{}`
/// formatting, which is also shortest round-trip) laid out with Python's
/// rules: exponent form when the decimal exponent is < -4 or >= 16.
pub fn float_repr(f: f64) -> String {
    if f != f {
        return "nan".to_string();
    }
    if f > 1.7976931348623157e308 {
        return "inf".to_string();
    }
    if f < -1.7976931348623157e308 {
        return "-inf".to_string();
    }
    let raw = format!("{}", f).chars().collect::<Vec<char>>();
    let mut neg = false;
    let mut digits: Vec<char> = Vec::new();
    let mut point: i64 = -1; // number of digits before the decimal point
    for c in raw.iter() {
        if *c == '-' {
            neg = true;
        } else if *c == '.' {
            point = digits.len() as i64;
        } else {
            digits.push(*c);
        }
    }
    if point < 0 {
        point = digits.len() as i64;
    }
    // Strip leading zeros (adjusting the point) and trailing zeros.
    let mut lead = 0;
    while lead < digits.len() && digits[lead] == '0' {
        lead += 1;
    }
    let mut sig: Vec<char> = Vec::new();
    for i in lead..digits.len() {
        sig.push(digits[i]);
    }
    while !sig.is_empty() && sig[sig.len() - 1] == '0' {
        sig.pop();
    }
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if sig.is_empty() {
        s.push_str("0.0");
        return s;
    }
    let decpt = point - lead as i64; // value = 0.sig * 10^decpt
    let n = sig.len() as i64;
    // Rust and CPython both produce the shortest round-trip digit count,
    // but on ties CPython picks the candidate nearest the exact value:
    // recompute the digits correctly rounded from the exact expansion and
    // use them if they still round-trip.
    let a = if neg { -f } else { f };
    let (exact, edp) = crate::format_float::exact_decimal(a);
    let (r, rdp) = crate::format_float::round_digits(&exact, edp, n + (edp - decpt));
    if rdp == decpt && r.len() as i64 == n {
        let mut cand: Vec<char> = Vec::new();
        for d in r.iter() {
            cand.push(crate::format_float::digit_char(*d));
        }
        if crate::floatparse::digits_to_float(&cand, decpt - n) == a {
            sig = cand;
        }
    }
    while !sig.is_empty() && sig[sig.len() - 1] == '0' && sig.len() > 1 {
        sig.pop();
    }
    let n = sig.len() as i64;
    if decpt > 16 || decpt < -3 {
        s.push(sig[0]);
        if n > 1 {
            s.push('.');
            for i in 1..sig.len() {
                s.push(sig[i]);
            }
        }
        let e = decpt - 1;
        s.push('e');
        s.push(if e < 0 { '-' } else { '+' });
        let ae = if e < 0 { -e } else { e };
        if ae < 10 {
            s.push('0');
        }
        s.push_str(ae.to_string().as_str());
    } else if decpt <= 0 {
        s.push_str("0.");
        for _ in 0..(-decpt) {
            s.push('0');
        }
        for c in sig.iter() {
            s.push(*c);
        }
    } else if decpt < n {
        for i in 0..sig.len() {
            if i as i64 == decpt {
                s.push('.');
            }
            s.push(sig[i]);
        }
    } else {
        for c in sig.iter() {
            s.push(*c);
        }
        for _ in 0..(decpt - n) {
            s.push('0');
        }
        s.push_str(".0");
    }
    s
}

/// `ascii()` of a repr: non-ASCII characters become \xNN, \uNNNN or
/// \UNNNNNNNN escapes.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(format!("\\x{:02x}", n).as_str());
        } else if n < 65536 {
            out.push_str(format!("\\u{:04x}", n).as_str());
        } else {
            out.push_str(format!("\\U{:08x}", n).as_str());
        }
    }
    out
}
