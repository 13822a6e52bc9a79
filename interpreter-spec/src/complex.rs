//! `complex` numbers (stage 4 runtime): imaginary literals, `complex()`,
//! arithmetic mixed with int and float, `abs`, `==`, hashing, repr, and the
//! `real`/`imag`/`conjugate()` of complex, int and float.
//!
//! Invariants: a complex is the immutable `Object::Complex(re, im)`;
//! arithmetic follows CPython's `complexobject.c` (including integer
//! powers by repeated squaring and its division algorithm), so results
//! are bit-identical.

use crate::ast::BinOp;
use crate::objects::{err, type_error, ExcKind, Heap, Object, PyErr, Value};
use crate::vm::Vm;

pub const B_COMPLEX: usize = 58;

pub fn complex_of(heap: &Heap, v: &Value) -> Option<(f64, f64)> {
    match heap.get(v) {
        Some(Object::Complex(r, i)) => Some((*r, *i)),
        _ => None,
    }
}

/// A real operand as a float (int, bool, float; big ints converted).
fn real_of(v: &Value) -> Result<Option<f64>, PyErr> {
    match v {
        Value::Bool(b) => Ok(Some(if *b { 1.0 } else { 0.0 })),
        Value::Int(i) => Ok(Some(*i as f64)),
        Value::Float(f) => Ok(Some(*f)),
        Value::BigInt(b) => Ok(Some(crate::bigint_ops::int_to_f64(b)?)),
        _ => Ok(None),
    }
}

/// Any numeric operand as a complex.
fn as_complex(heap: &Heap, v: &Value) -> Result<Option<(f64, f64)>, PyErr> {
    if let Some(c) = complex_of(heap, v) {
        return Ok(Some(c));
    }
    match real_of(v)? {
        Some(f) => Ok(Some((f, 0.0))),
        None => Ok(None),
    }
}

pub fn new_complex(heap: &mut Heap, re: f64, im: f64) -> Value {
    heap.alloc(Object::Complex(re, im))
}

/// `==` between a complex and a real number (false for other types).
pub fn eq_mixed(heap: &Heap, a: &Value, b: &Value) -> bool {
    let (c, other) = match (complex_of(heap, a), complex_of(heap, b)) {
        (Some(c), None) => (c, b),
        (None, Some(c)) => (c, a),
        _ => return false,
    };
    if c.1 != 0.0 {
        return false;
    }
    match other {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => heap.eq(&Value::Float(c.0), other),
        _ => false,
    }
}

fn c_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn abs_f(x: f64) -> f64 {
    if x < 0.0 {
        -x
    } else {
        x
    }
}

/// CPython's `_Py_c_quot`.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), PyErr> {
    let abs_breal = abs_f(b.0);
    let abs_bimag = abs_f(b.1);
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(err(ExcKind::ZeroDivisionError, "complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        return Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom));
    }
    if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        return Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom));
    }
    let nan = 0.0 / 0.0;
    Ok((nan, nan))
}

fn c_pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), PyErr> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(err(ExcKind::ZeroDivisionError, "0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

/// Binary operators with a complex operand (None: not handled).
pub fn binary_op(heap: &mut Heap, op: &BinOp, a: &Value, b: &Value) -> Result<Option<Value>, PyErr> {
    if complex_of(heap, a).is_none() && complex_of(heap, b).is_none() {
        return Ok(None);
    }
    let (x, y) = match (as_complex(heap, a)?, as_complex(heap, b)?) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => c_mul(x, y),
        BinOp::Div => c_quot(x, y)?,
        BinOp::Pow => {
            // Integer exponents of modest size: repeated squaring.
            let int_exp = match b {
                Value::Int(i) => Some(*i),
                Value::Bool(t) => Some(if *t { 1 } else { 0 }),
                _ => None,
            };
            match int_exp {
                Some(n) if n > -100 && n < 100 => {
                    if n >= 0 {
                        c_powu(x, n)
                    } else {
                        c_quot((1.0, 0.0), c_powu(x, 0 - n))?
                    }
                }
                _ => c_pow(x, y)?,
            }
        }
        _ => return Ok(None),
    };
    if r.0 - r.0 != 0.0 || r.1 - r.1 != 0.0 {
        let finite_in = x.0 - x.0 == 0.0 && x.1 - x.1 == 0.0 && y.0 - y.0 == 0.0 && y.1 - y.1 == 0.0;
        if *op == BinOp::Pow && finite_in && r.0 == r.0 && r.1 == r.1 {
            return Err(err(ExcKind::OverflowError, "complex exponentiation"));
        }
    }
    Ok(Some(new_complex(heap, r.0, r.1)))
}

/// `x ** y` for a negative float base and a non-integer exponent.
pub fn real_pow_to_complex(heap: &mut Heap, a: f64, b: f64) -> Result<Value, PyErr> {
    let r = c_pow((a, 0.0), (b, 0.0))?;
    Ok(new_complex(heap, r.0, r.1))
}

/// Unary `-`, `+` on a complex (None: not a complex).
pub fn unary(heap: &mut Heap, neg: bool, v: &Value) -> Option<Value> {
    let (r, i) = complex_of(heap, v)?;
    Some(if neg { new_complex(heap, -r, -i) } else { new_complex(heap, r, i) })
}

pub fn c_abs(re: f64, im: f64) -> Result<f64, PyErr> {
    if re - re != 0.0 || im - im != 0.0 {
        if re != re || im != im {
            if abs_f(re) > 1.7976931348623157e308 || abs_f(im) > 1.7976931348623157e308 {
                return Ok(1.0 / 0.0);
            }
            return Ok(0.0 / 0.0);
        }
        return Ok(1.0 / 0.0);
    }
    let r = re.hypot(im);
    if r - r != 0.0 {
        return Err(err(ExcKind::OverflowError, "absolute value too large"));
    }
    Ok(r)
}

pub fn hash(re: f64, im: f64) -> i64 {
    let hr = crate::sets::float_hash(re) as u64;
    let hi = crate::sets::float_hash(im) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1000003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// repr of one part: the float repr without a trailing ".0".
fn part_repr(f: f64) -> String {
    let s = crate::objects_repr::float_repr(f);
    if s.ends_with(".0") {
        return s[..s.len() - 2].to_string();
    }
    s
}

/// One part of a formatted complex: `ty` ' ' is the repr style (no
/// precision and no type given), else a float format of that type.
fn format_part(x: f64, sp: &crate::format::Spec, ty: char, sign: char) -> Result<String, PyErr> {
    if ty == ' ' {
        let mut r = part_repr(x);
        if sp.grouping != ' ' {
            let neg = r.starts_with('-');
            let digits: Vec<char> = r.chars().skip(if neg { 1 } else { 0 }).collect();
            let g: String = crate::format::group(&digits, sp.grouping).into_iter().collect();
            r = if neg { format!("-{}", g) } else { g };
        }
        if r.starts_with('-') {
            return Ok(r);
        }
        return Ok(match sign {
            '+' => format!("+{}", r),
            ' ' => format!(" {}", r),
            _ => r,
        });
    }
    let sub = crate::format::Spec {
        fill: ' ',
        align: '<',
        sign: sign,
        alt: sp.alt,
        width: 0,
        grouping: sp.grouping,
        precision: sp.precision,
        ty: ty,
    };
    crate::format::format_float(x, &sub)
}

/// `format(z, spec)` for a complex z, as CPython's complex __format__:
/// both parts in the float presentation type, the imaginary one always
/// signed; with no type, str(z)'s shape (parentheses unless the real
/// part is +0, which is left out), 'g' when a precision is given.
pub fn format_complex(re: f64, im: f64, sp: &crate::format::Spec) -> Result<String, PyErr> {
    if sp.fill == '0' {
        return Err(err(ExcKind::ValueError, "Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == '=' {
        return Err(err(ExcKind::ValueError, "'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut ty = sp.ty;
    let mut skip_re = false;
    let mut parens = false;
    if ty == ' ' {
        if re == 0.0 && 1.0 / re > 0.0 {
            skip_re = true;
        } else {
            parens = true;
        }
        if sp.precision >= 0 {
            ty = 'g';
        }
    } else if ty == 'n' {
        ty = 'g';
    } else if !(ty == 'e' || ty == 'E' || ty == 'f' || ty == 'F' || ty == 'g' || ty == 'G') {
        return Err(err(ExcKind::ValueError, format!("Unknown format code '{}' for object of type 'complex'", ty).as_str()));
    }
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(format_part(re, sp, ty, sp.sign)?.as_str());
    }
    let im_sign = if skip_re { sp.sign } else { '+' };
    body.push_str(format_part(im, sp, ty, im_sign)?.as_str());
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(crate::format::pad(body.chars().collect::<Vec<char>>(), 0, sp, '>'))
}

pub fn repr(re: f64, im: f64) -> String {
    let re_neg_zero = re == 0.0 && 1.0 / re < 0.0;
    if re == 0.0 && !re_neg_zero {
        return format!("{}j", part_repr(im));
    }
    let im_neg = im < 0.0 || (im == 0.0 && 1.0 / im < 0.0) || (im != im && false);
    let ims = part_repr(im);
    if im_neg {
        format!("({}{}j)", part_repr(re), ims)
    } else {
        format!("({}+{}j)", part_repr(re), ims)
    }
}

fn skip_ws(cs: &Vec<char>, mut i: usize) -> usize {
    while i < cs.len() && (cs[i] == ' ' || cs[i] == '\t' || cs[i] == '\n' || cs[i] == '\r') {
        i += 1;
    }
    i
}

/// Parses one float at `i` (sign included): (value, next index).
fn scan_float(cs: &Vec<char>, i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    if j < cs.len() && (cs[j] == '+' || cs[j] == '-') {
        j += 1;
    }
    let body_start = j;
    let mut k = j;
    while k < cs.len() && (cs[k].is_ascii_alphanumeric() || cs[k] == '.' || cs[k] == '_') {
        if (cs[k] == 'e' || cs[k] == 'E') && k + 1 < cs.len() && (cs[k + 1] == '+' || cs[k + 1] == '-') {
            k += 2;
            continue;
        }
        if cs[k] == 'j' || cs[k] == 'J' {
            break;
        }
        k += 1;
    }
    if k == body_start {
        return None;
    }
    let part = cs[i..k].to_vec();
    match crate::builtins_conv::parse_float_text(&part) {
        Some(f) => Some((f, k)),
        None => None,
    }
}

/// `complex("1+2j")`.
pub fn parse_complex(cs: &Vec<char>) -> Option<(f64, f64)> {
    let mut i = skip_ws(cs, 0);
    let mut paren = false;
    if i < cs.len() && cs[i] == '(' {
        paren = true;
        i = skip_ws(cs, i + 1);
    }
    let mut re = 0.0;
    let mut im = 0.0;
    // A bare "j" / "+j" / "-j".
    let sign_only = i < cs.len() && (cs[i] == '+' || cs[i] == '-') && i + 1 < cs.len() && (cs[i + 1] == 'j' || cs[i + 1] == 'J');
    if i < cs.len() && (cs[i] == 'j' || cs[i] == 'J') {
        im = 1.0;
        i += 1;
    } else if sign_only {
        im = if cs[i] == '-' { -1.0 } else { 1.0 };
        i += 2;
    } else {
        let (x, j) = scan_float(cs, i)?;
        i = j;
        if i < cs.len() && (cs[i] == 'j' || cs[i] == 'J') {
            im = x;
            i += 1;
        } else {
            re = x;
            if i < cs.len() && (cs[i] == '+' || cs[i] == '-') {
                if i + 1 < cs.len() && (cs[i + 1] == 'j' || cs[i + 1] == 'J') {
                    im = if cs[i] == '-' { -1.0 } else { 1.0 };
                    i += 2;
                } else {
                    let (y, j) = scan_float(cs, i)?;
                    if j >= cs.len() || (cs[j] != 'j' && cs[j] != 'J') {
                        return None;
                    }
                    im = y;
                    i = j + 1;
                }
            }
        }
    }
    i = skip_ws(cs, i);
    if paren {
        if i >= cs.len() || cs[i] != ')' {
            return None;
        }
        i = skip_ws(cs, i + 1);
    }
    if i != cs.len() {
        return None;
    }
    Some((re, im))
}

impl Vm {
    /// `complex(real=0, imag=0)` / `complex(string)`.
    pub fn call_complex_ctor(&mut self, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let a = crate::bytes::merge_args("complex", &vec!["real", "imag"], &args, &kwnames, &kwvalues)?;
        let mut first = match &a[0] {
            None => Value::Int(0),
            Some(v) => v.clone(),
        };
        if self.is_instance(&first) && self.heap.payload(&first).is_none() {
            // complex(x): x.__complex__(), else __float__, else __index__.
            let sym = self.heap.intern("__complex__");
            let fsym = self.heap.intern("__float__");
            if let Some(m) = self.user_method(&first, sym) {
                let r = self.call1(&m, vec![first.clone()])?;
                if complex_of(&self.heap, &r).is_none() {
                    return Err(type_error(
                        format!(
                            "__complex__ returned non-complex (type {})",
                            self.heap.type_name(&r)
                        )
                        .as_str(),
                    ));
                }
                first = r;
            } else if self.user_method(&first, fsym).is_some() {
                first = self.call_builtin(4, vec![first.clone()], Vec::new(), Vec::new())?;
            } else if self.user_method(&first, crate::methods_more::S_INDEX).is_some() {
                first = self.index_of_instance(&first)?;
            }
        }
        if let Some(cs) = self.heap.str_chars(&first) {
            if a[1].is_some() {
                return Err(type_error("complex() can't take second arg if first is a string"));
            }
            return match parse_complex(&cs) {
                Some((r, i)) => Ok(new_complex(&mut self.heap, r, i)),
                None => Err(err(ExcKind::ValueError, "complex() arg is a malformed string")),
            };
        }
        let x = match as_complex(&self.heap, &first)? {
            Some(x) => x,
            None => {
                return Err(type_error(
                    format!("complex() first argument must be a string or a number, not '{}'", self.heap.type_name(&first)).as_str(),
                ))
            }
        };
        let y = match &a[1] {
            None => (0.0, 0.0),
            Some(v) => {
                if self.heap.str_chars(v).is_some() {
                    return Err(type_error("complex() second arg can't be a string"));
                }
                match as_complex(&self.heap, v)? {
                    Some(y) => y,
                    None => {
                        return Err(type_error(
                            format!("complex() second argument must be a number, not '{}'", self.heap.type_name(v)).as_str(),
                        ))
                    }
                }
            }
        };
        if a[1].is_none() && complex_of(&self.heap, &first).is_some() {
            return Ok(first);
        }
        // complex(a, b) == a + b*1j (CPython only adds the parts that
        // come from complex arguments, so signed zeros survive).
        let mut re = x.0;
        let mut im = y.0;
        if let Some(v) = &a[1] {
            if complex_of(&self.heap, v).is_some() {
                re -= y.1;
            }
        }
        if complex_of(&self.heap, &first).is_some() {
            im += x.1;
        }
        Ok(new_complex(&mut self.heap, re, im))
    }
}

/// `.real`, `.imag` of int, float and complex; `.numerator`/`.denominator`
/// of ints.
pub fn number_attr(heap: &mut Heap, v: &Value, name: &str) -> Option<Value> {
    if let Some(Object::Range(a, b, st)) = heap.get(v) {
        return match name {
            "start" => Some(Value::Int(*a)),
            "stop" => Some(Value::Int(*b)),
            "step" => Some(Value::Int(*st)),
            _ => None,
        };
    }
    if let Some((r, i)) = complex_of(heap, v) {
        return match name {
            "real" => Some(Value::Float(r)),
            "imag" => Some(Value::Float(i)),
            _ => None,
        };
    }
    match v {
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let as_int = match v {
                Value::Bool(b) => Value::Int(if *b { 1 } else { 0 }),
                _ => v.clone(),
            };
            match name {
                "real" | "numerator" => Some(as_int),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Methods of complex values (`conjugate`).
pub fn complex_method(heap: &mut Heap, recv: &Value, name: &str, args: &Vec<Value>) -> Result<Value, PyErr> {
    crate::methods::nargs("complex", name, args, 0, 0)?;
    let (r, i) = complex_of(heap, recv).unwrap();
    if name == "conjugate" {
        return Ok(new_complex(heap, r, -i));
    }
    Err(crate::methods::no_attribute(heap, recv, name))
}
