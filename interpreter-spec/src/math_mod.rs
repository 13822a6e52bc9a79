//! The `math` module (stage 4): CPython's functions over the dialect's
//! f64 methods (which are libm's), with CPython's error rules.  Translated,
//! the f64 methods call the C library (glibc's results, as CPython's);
//! under rustc, `asinh`/`acosh`/`atanh` are Rust's own formulas and `cbrt`
//! may be correctly rounded, so those can differ from CPython in the last
//! bit.  gamma/lgamma are CPython's Lanczos algorithm (same results);
//! erf/erfc are math_erf.rs (correctly rounded; glibc is not always).
//!
//! Invariants: ids are `MATH_FIRST + index in NAMES`; a float result
//! that is NaN from non-NaN arguments raises "math domain error", an
//! infinite one from finite arguments "math range error" (OverflowError),
//! like CPython's `math_1`; integer functions work on Python ints of any
//! size through `ops::binary_op`.

use crate::ast::BinOp;
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

pub const MATH_FIRST: usize = 100;
/// The functions that did not fit in 100..150 (sys starts there); ids
/// MATH2_FIRST + index in NAMES2, below 520 (the object-comparison builtins follow).
pub const MATH2_FIRST: usize = 500;

static NAMES2: [&str; 17] = [
    "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "expm1", "log1p", "erf", "erfc", "gamma",
    "lgamma", "remainder", "nextafter", "ulp", "cbrt", "exp2",
];

static NAMES: [&str; 38] = [
    "sqrt", "floor", "ceil", "trunc", "fabs", "pow", "exp", "log", "log2", "log10", "sin", "cos",
    "tan", "asin", "acos", "atan", "atan2", "hypot", "degrees", "radians", "isnan", "isinf",
    "isfinite", "isclose", "gcd", "lcm", "factorial", "comb", "perm", "isqrt", "copysign", "fmod",
    "modf", "frexp", "ldexp", "prod", "fsum", "dist",
];

/// Is builtin `id` a function of the math module?
pub fn is_math_fn(id: usize) -> bool {
    (id >= MATH_FIRST && id - MATH_FIRST < NAMES.len()) || (id >= MATH2_FIRST && id - MATH2_FIRST < NAMES2.len())
}

pub fn math_fn_name(id: usize) -> &'static str {
    if id >= MATH2_FIRST {
        if id - MATH2_FIRST < NAMES2.len() {
            return NAMES2[id - MATH2_FIRST];
        }
        return "?";
    }
    if id >= MATH_FIRST && id - MATH_FIRST < NAMES.len() {
        return NAMES[id - MATH_FIRST];
    }
    "?"
}

fn domain() -> PyErr {
    err(ExcKind::ValueError, "math domain error")
}

fn range() -> PyErr {
    err(ExcKind::OverflowError, "math range error")
}

/// CPython's math_1 check of a libm result.
fn checked(x: f64, r: f64) -> Result<Value, PyErr> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

/// math_1 without overflow: an infinite result from a finite argument
/// is a domain error.
fn checked_nov(x: f64, r: f64) -> Result<Value, PyErr> {
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

/// CPython's m_remainder: IEEE 754 remainder, the half-way case to even.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let ax = x.abs();
        let ay = y.abs();
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    if (y > x) == (x > 0.0) {
        f64::from_bits(b + 1)
    } else {
        f64::from_bits(b - 1)
    }
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

// Gamma and log-gamma by the Lanczos approximation, as CPython's
// mathmodule.c computes them (N = 13, g = 6.024680040776729583740234375;
// the denominator is x(x+1)...(x+11)).
static LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
static LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LOGPI: f64 = 1.144729885849400174143427351353058711647;
/// log10(2), std's LOG10_2 (the dialect prelude has no such constant).
const LOG10_2: f64 = 0.301029995663981195213738894724493027;

fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        let mut i = 13;
        while i > 0 {
            i -= 1;
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// (gamma(x), errno): 0 fine, 1 domain error, 2 range error.
fn tgamma(x: f64) -> (f64, u8) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, 0);
        }
        return (f64::NAN, 1);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), 1);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, 1);
        }
        if x <= 23.0 {
            let mut f = 1.0;
            let mut k = 2.0;
            while k < x {
                f = f * k;
                k += 1.0;
            }
            return (f, 0);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { 2 } else { 0 });
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), 0);
        }
        return (f64::INFINITY, 2);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    (r, if r.is_infinite() { 2 } else { 0 })
}

/// (lgamma(x), errno) as for tgamma.
fn lgamma(x: f64) -> (f64, u8) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, 0);
        }
        return (f64::INFINITY, 0);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, 1);
        }
        return (0.0, 0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), 0);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (r, if r.is_infinite() { 2 } else { 0 })
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let mut bits = x.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i64;
    let mut adj = 0;
    if e == 0 {
        // subnormal: scale into the normal range first
        let y = x * 18014398509481984.0; // 2^54
        bits = y.to_bits();
        e = ((bits >> 52) & 0x7ff) as i64;
        adj = -54;
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e - 1022 + adj)
}

fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mut r = x;
    let mut k = e;
    while k > 1000 {
        r = r * f64::from_bits(2023u64 << 52); // 2^1000
        k -= 1000;
        if r.is_infinite() {
            return r;
        }
    }
    while k < -1000 {
        r = r * f64::from_bits(23u64 << 52); // 2^-1000
        k += 1000;
        if r == 0.0 {
            return r;
        }
    }
    if k >= -1022 {
        return r * f64::from_bits(((k + 1023) as u64) << 52);
    }
    // two steps so a subnormal result is rounded once
    r = r * f64::from_bits(((k + 1023 + 60) as u64) << 52);
    r * f64::from_bits(((1023 - 60) as u64) << 52)
}

impl Vm {
    pub fn init_math(&mut self, m: usize) {
        let pi = std::f64::consts::PI;
        self.set_global(m, "pi", Value::Float(pi));
        self.set_global(m, "e", Value::Float(std::f64::consts::E));
        self.set_global(m, "tau", Value::Float(2.0 * pi));
        self.set_global(m, "inf", Value::Float(f64::INFINITY));
        self.set_global(m, "nan", Value::Float(f64::NAN));
        for k in 0..NAMES.len() {
            self.set_global(m, NAMES[k], Value::Builtin(MATH_FIRST + k));
        }
        for k in 0..NAMES2.len() {
            self.set_global(m, NAMES2[k], Value::Builtin(MATH2_FIRST + k));
        }
    }

    fn real(&self, v: &Value) -> Result<f64, PyErr> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
            Value::BigInt(b) => crate::bigint_ops::int_to_f64(b),
            _ => Err(type_error(format!("must be real number, not {}", self.heap.type_name(v)).as_str())),
        }
    }

    fn int_of(&self, v: &Value) -> Result<Value, PyErr> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.heap.type_name(v)).as_str())),
        }
    }

    fn arith(&mut self, op: BinOp, a: &Value, b: &Value) -> Result<Value, PyErr> {
        crate::ops::binary_op(&mut self.heap, &op, a, b, false)
    }

    fn lt(&self, a: &Value, b: &Value) -> Result<bool, PyErr> {
        self.heap.ordered(a, b, "<")
    }

    fn float_to_int_value(&self, f: f64) -> Result<Value, PyErr> {
        if f >= -9223372036854775808.0 && f < 9223372036854775808.0 {
            return Ok(Value::Int(f as i64));
        }
        crate::bigint_ops::float_to_int(f)
    }

    fn nargs_exact(&self, name: &str, args: &Vec<Value>, n: usize) -> Result<(), PyErr> {
        if args.len() == n {
            return Ok(());
        }
        if n == 1 {
            return Err(type_error(format!("math.{}() takes exactly one argument ({} given)", name, args.len()).as_str()));
        }
        Err(type_error(format!("{} expected {} arguments, got {}", name, n, args.len()).as_str()))
    }

    pub fn call_math(&mut self, id: usize, name: &str, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        if (name == "floor" || name == "ceil" || name == "trunc") && args.len() == 1 && self.is_instance(&args[0]) {
            let dn = format!("__{}__", name);
            let sym = self.heap.intern(dn.as_str());
            if let Some(m) = self.user_method(&args[0], sym) {
                return self.call1(&m, vec![args[0].clone()]);
            }
        }
        let mut plain = Vec::new();
        for a in args.iter() {
            let mut v = self.heap.unwrap_data(a);
            if self.is_instance(&v) && name != "prod" && name != "fsum" && name != "dist" {
                let fsym = self.heap.intern("__float__");
                if self.user_method(&v, fsym).is_some() {
                    v = self.call_builtin(4, vec![v.clone()], Vec::new(), Vec::new())?;
                } else if self.user_method(&v, crate::methods_more::S_INDEX).is_some() {
                    v = self.index_of_instance(&v)?;
                }
            }
            plain.push(v);
        }
        let args = plain;
        if name == "isclose" {
            return self.math_isclose(args, kwnames, kwvalues);
        }
        if name == "prod" {
            let mut acc = Value::Int(1);
            for k in 0..kwnames.len() {
                if kwnames[k].as_str() == "start" {
                    acc = kwvalues[k].clone();
                } else {
                    return Err(type_error(format!("prod() got an unexpected keyword argument '{}'", kwnames[k]).as_str()));
                }
            }
            self.nargs_exact(name, &args, 1)?;
            let items = self.collect(&args[0])?;
            for x in items.iter() {
                acc = self.arith(BinOp::Mul, &acc, x)?;
            }
            return Ok(acc);
        }
        self.no_kw(name, &kwnames)?;
        let _ = id;
        match name {
            "gcd" | "lcm" => return self.math_gcd_lcm(name == "gcd", &args),
            "factorial" => {
                self.nargs_exact(name, &args, 1)?;
                let n = self.int_of(&args[0])?;
                if self.lt(&n, &Value::Int(0))? {
                    return Err(err(ExcKind::ValueError, "factorial() not defined for negative values"));
                }
                let mut acc = Value::Int(1);
                let mut i = Value::Int(2);
                while !self.lt(&n, &i)? {
                    acc = self.arith(BinOp::Mul, &acc, &i)?;
                    i = self.arith(BinOp::Add, &i, &Value::Int(1))?;
                }
                return Ok(acc);
            }
            "comb" | "perm" => return self.math_comb_perm(name == "comb", &args),
            "isqrt" => {
                self.nargs_exact(name, &args, 1)?;
                let n = self.int_of(&args[0])?;
                if self.lt(&n, &Value::Int(0))? {
                    return Err(err(ExcKind::ValueError, "isqrt() argument must be nonnegative"));
                }
                if let Value::Int(0) = n {
                    return Ok(Value::Int(0));
                }
                // Newton from above: x = n, y = (x + n // x) // 2 until y >= x.
                let mut x = n.clone();
                if let Value::Int(i) = &n {
                    let s = (*i as f64).sqrt() as i64 + 1;
                    x = Value::Int(s);
                }
                loop {
                    let q = self.arith(BinOp::FloorDiv, &n, &x)?;
                    let s = self.arith(BinOp::Add, &x, &q)?;
                    let y = self.arith(BinOp::FloorDiv, &s, &Value::Int(2))?;
                    if !self.lt(&y, &x)? {
                        return Ok(x);
                    }
                    x = y;
                }
            }
            "dist" => {
                self.nargs_exact(name, &args, 2)?;
                let p = self.collect(&args[0])?;
                let q = self.collect(&args[1])?;
                if p.len() != q.len() {
                    return Err(err(ExcKind::ValueError, "both points must have the same number of dimensions"));
                }
                let mut diffs = Vec::new();
                for k in 0..p.len() {
                    diffs.push(self.real(&p[k])? - self.real(&q[k])?);
                }
                return Ok(Value::Float(vector_norm(&diffs)));
            }
            "fsum" => {
                self.nargs_exact(name, &args, 1)?;
                let items = self.collect(&args[0])?;
                let mut xs = Vec::new();
                for v in items.iter() {
                    xs.push(self.real(v)?);
                }
                return fsum(&xs);
            }
            _ => {}
        }
        let two = match name {
            "pow" | "atan2" | "copysign" | "fmod" | "ldexp" | "remainder" | "nextafter" => true,
            "log" => args.len() == 2,
            _ => false,
        };
        if name == "hypot" {
            let mut xs = Vec::new();
            for a in args.iter() {
                xs.push(self.real(a)?);
            }
            return Ok(Value::Float(vector_norm(&xs)));
        }
        if two {
            if name == "log" {
                if args.len() != 2 {
                    return Err(type_error(format!("log expected at most 2 arguments, got {}", args.len()).as_str()));
                }
            } else {
                self.nargs_exact(name, &args, 2)?;
            }
            let x = self.real(&args[0])?;
            if name == "ldexp" {
                let e = match self.int_of(&args[1])? {
                    Value::Int(i) => i,
                    _ => return Err(range()),
                };
                let r = ldexp(x, e);
                if r.is_infinite() && x.is_finite() {
                    return Err(range());
                }
                return Ok(Value::Float(r));
            }
            let y = self.real(&args[1])?;
            return match name {
                "pow" => {
                    let r = x.powf(y);
                    if x.is_finite() && y.is_finite() {
                        if r.is_nan() || (r.is_infinite() && x == 0.0) {
                            return Err(domain());
                        }
                        if r.is_infinite() {
                            return Err(range());
                        }
                    }
                    Ok(Value::Float(r))
                }
                "atan2" => Ok(Value::Float(x.atan2(y))),
                "remainder" => {
                    let r = remainder(x, y);
                    if r.is_nan() && !x.is_nan() && !y.is_nan() {
                        return Err(domain());
                    }
                    Ok(Value::Float(r))
                }
                "nextafter" => Ok(Value::Float(nextafter(x, y))),
                "copysign" => Ok(Value::Float(x.copysign(y))),
                "fmod" => {
                    if y.is_infinite() && x.is_finite() {
                        return Ok(Value::Float(x));
                    }
                    let r = x % y;
                    if r.is_nan() && !x.is_nan() && !y.is_nan() {
                        return Err(domain());
                    }
                    Ok(Value::Float(r))
                }
                _ => {
                    let a = self.math_log1(&args[0])?;
                    let b = self.math_log1(&args[1])?;
                    if b == 0.0 {
                        return Err(err(ExcKind::ZeroDivisionError, "float division by zero"));
                    }
                    Ok(Value::Float(a / b))
                }
            };
        }
        self.nargs_exact(name, &args, 1)?;
        if name == "floor" || name == "ceil" || name == "trunc" {
            match &args[0] {
                Value::Int(_) | Value::BigInt(_) => return Ok(args[0].clone()),
                Value::Bool(b) => return Ok(Value::Int(*b as i64)),
                _ => {}
            }
            if !matches_float(&args[0]) && name == "trunc" {
                return Err(type_error(format!("type {} doesn't define __trunc__ method", self.heap.type_name(&args[0])).as_str()));
            }
            let x = self.real(&args[0])?;
            let r = if name == "floor" { x.floor() } else if name == "ceil" { x.ceil() } else { x.trunc() };
            return self.float_to_int_value(r);
        }
        if name == "log" {
            return Ok(Value::Float(self.math_log1(&args[0])?));
        }
        if name == "log2" || name == "log10" {
            if let Some((m, e)) = self.huge_int_frexp(&args[0]) {
                return Ok(Value::Float(if name == "log2" { m.log2() + e } else { m.log10() + e * LOG10_2 }));
            }
        }
        let x = self.real(&args[0])?;
        match name {
            "sqrt" => checked(x, x.sqrt()),
            "fabs" => Ok(Value::Float(x.abs())),
            "exp" => checked(x, x.exp()),
            "log2" | "log10" => {
                if !(x > 0.0) {
                    if x.is_nan() {
                        return Ok(Value::Float(x));
                    }
                    return Err(domain());
                }
                Ok(Value::Float(if name == "log2" { x.log2() } else { x.log10() }))
            }
            "sin" => checked(x, x.sin()),
            "sinh" => checked(x, x.sinh()),
            "cosh" => checked(x, x.cosh()),
            "tanh" => checked_nov(x, x.tanh()),
            "asinh" => checked_nov(x, x.asinh()),
            "acosh" => checked_nov(x, x.acosh()),
            "atanh" => {
                if x >= 1.0 || x <= -1.0 {
                    return Err(domain());
                }
                checked_nov(x, x.atanh())
            }
            "expm1" => checked(x, x.exp_m1()),
            "log1p" => {
                if x <= -1.0 {
                    return Err(domain());
                }
                checked_nov(x, x.ln_1p())
            }
            "cbrt" => checked_nov(x, x.cbrt()),
            "exp2" => checked(x, x.exp2()),
            "erf" => Ok(Value::Float(crate::math_erf::erf(x))),
            "erfc" => Ok(Value::Float(crate::math_erf::erfc(x))),
            "gamma" | "lgamma" => {
                let (r, e) = if name == "gamma" { tgamma(x) } else { lgamma(x) };
                if e == 1 {
                    return Err(domain());
                }
                if e == 2 && r.abs() >= 1.5 {
                    return Err(range());
                }
                Ok(Value::Float(r))
            }
            "ulp" => Ok(Value::Float(ulp(x))),
            "cos" => checked(x, x.cos()),
            "tan" => checked(x, x.tan()),
            "asin" => checked(x, x.asin()),
            "acos" => checked(x, x.acos()),
            "atan" => checked(x, x.atan()),
            "degrees" => Ok(Value::Float(x * (180.0 / std::f64::consts::PI))),
            "radians" => Ok(Value::Float(x * (std::f64::consts::PI / 180.0))),
            "isnan" => Ok(Value::Bool(x.is_nan())),
            "isinf" => Ok(Value::Bool(x.is_infinite())),
            "isfinite" => Ok(Value::Bool(x.is_finite())),
            "modf" => {
                let (f, i) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { let t = x.trunc(); ((x - t).copysign(x), t) };
                Ok(self.heap.alloc(Object::Tuple(vec![Value::Float(f), Value::Float(i)])))
            }
            _ => {
                let (mant, e) = frexp(x);
                Ok(self.heap.alloc(Object::Tuple(vec![Value::Float(mant), Value::Int(e)])))
            }
        }
    }

    /// Natural log of an int or float argument (ValueError unless > 0).
    /// A positive int too large for a float as (m, e), x = m * 2**e with
    /// 0.5 <= m < 1 (CPython's frexp route for the logs of huge ints).
    fn huge_int_frexp(&self, v: &Value) -> Option<(f64, f64)> {
        if let Value::BigInt(b) = v {
            if !b.neg {
                let fits = match b.to_f64() {
                    Some(f) => f.is_finite(),
                    None => false,
                };
                if !fits {
                    let e = b.bit_length() - 60;
                    let top = b.shr(e).to_f64()?;
                    return Some((top / 1152921504606846976.0, (e + 60) as f64));
                }
            }
        }
        None
    }

    fn math_log1(&self, v: &Value) -> Result<f64, PyErr> {
        if let Value::BigInt(b) = v {
            if b.neg {
                return Err(domain());
            }
        }
        if let Some((m, e)) = self.huge_int_frexp(v) {
            return Ok(m.ln() + e * std::f64::consts::LN_2);
        }
        let x = self.real(v)?;
        if x.is_nan() {
            return Ok(x);
        }
        if !(x > 0.0) {
            return Err(domain());
        }
        Ok(x.ln())
    }

    fn math_isclose(&mut self, args: Vec<Value>, kwnames: Vec<String>, kwvalues: Vec<Value>) -> Result<Value, PyErr> {
        let mut rel = 1e-9;
        let mut abs_tol = 0.0;
        for k in 0..kwnames.len() {
            match kwnames[k].as_str() {
                "rel_tol" => rel = self.real(&kwvalues[k])?,
                "abs_tol" => abs_tol = self.real(&kwvalues[k])?,
                other => return Err(type_error(format!("isclose() got an unexpected keyword argument '{}'", other).as_str())),
            }
        }
        if args.len() != 2 {
            return Err(type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len()).as_str()));
        }
        let a = self.real(&args[0])?;
        let b = self.real(&args[1])?;
        if rel < 0.0 || abs_tol < 0.0 {
            return Err(err(ExcKind::ValueError, "tolerances must be non-negative"));
        }
        if a == b {
            return Ok(Value::Bool(true));
        }
        if a.is_infinite() || b.is_infinite() {
            return Ok(Value::Bool(false));
        }
        let diff = (b - a).abs();
        let r = (diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs_tol;
        Ok(Value::Bool(r))
    }

    fn abs_int(&mut self, v: &Value) -> Result<Value, PyErr> {
        if self.lt(v, &Value::Int(0))? {
            return self.arith(BinOp::Sub, &Value::Int(0), v);
        }
        Ok(v.clone())
    }

    fn gcd2(&mut self, a: &Value, b: &Value) -> Result<Value, PyErr> {
        let mut x = self.abs_int(a)?;
        let mut y = self.abs_int(b)?;
        loop {
            if let Value::Int(0) = y {
                return Ok(x);
            }
            let r = self.arith(BinOp::Mod, &x, &y)?;
            x = y;
            y = r;
        }
    }

    fn math_gcd_lcm(&mut self, gcd: bool, args: &Vec<Value>) -> Result<Value, PyErr> {
        let mut acc = Value::Int(if gcd { 0 } else { 1 });
        for a in args.iter() {
            let v = self.int_of(a)?;
            if gcd {
                acc = self.gcd2(&acc, &v)?;
            } else {
                if let Value::Int(0) = v {
                    acc = Value::Int(0);
                    continue;
                }
                if let Value::Int(0) = acc {
                    continue;
                }
                let g = self.gcd2(&acc, &v)?;
                let q = self.arith(BinOp::FloorDiv, &acc, &g)?;
                let p = self.arith(BinOp::Mul, &q, &v)?;
                acc = self.abs_int(&p)?;
            }
        }
        Ok(acc)
    }

    fn math_comb_perm(&mut self, comb: bool, args: &Vec<Value>) -> Result<Value, PyErr> {
        let name = if comb { "comb" } else { "perm" };
        if comb || args.len() != 1 {
            if args.len() != 2 {
                let msg = if comb { format!("comb expected 2 arguments, got {}", args.len()) } else { format!("perm expected at most 2 arguments, got {}", args.len()) };
                return Err(type_error(msg.as_str()));
            }
        }
        let n = self.int_of(&args[0])?;
        let k = if args.len() == 2 && !is_none(&args[1]) { self.int_of(&args[1])? } else { n.clone() };
        if self.lt(&n, &Value::Int(0))? {
            return Err(err(ExcKind::ValueError, "n must be a non-negative integer"));
        }
        if self.lt(&k, &Value::Int(0))? {
            return Err(err(ExcKind::ValueError, "k must be a non-negative integer"));
        }
        let _ = name;
        if self.lt(&n, &k)? {
            return Ok(Value::Int(0));
        }
        let mut kk = k.clone();
        if comb {
            let rest = self.arith(BinOp::Sub, &n, &k)?;
            if self.lt(&rest, &kk)? {
                kk = rest;
            }
        }
        let mut acc = Value::Int(1);
        let mut i = Value::Int(0);
        while self.lt(&i, &kk)? {
            let f = self.arith(BinOp::Sub, &n, &i)?;
            acc = self.arith(BinOp::Mul, &acc, &f)?;
            i = self.arith(BinOp::Add, &i, &Value::Int(1))?;
            if comb {
                acc = self.arith(BinOp::FloorDiv, &acc, &i)?;
            }
        }
        Ok(acc)
    }
}

fn is_none(v: &Value) -> bool {
    match v {
        Value::None => true,
        _ => false,
    }
}

fn matches_float(v: &Value) -> bool {
    match v {
        Value::Float(_) => true,
        _ => false,
    }
}

/// The exact product of `a` and `b` as hi + lo (Dekker's, by Veltkamp
/// splitting: no fused multiply-add needed; exact while nothing overflows).
fn exact_mul(a: f64, b: f64) -> (f64, f64) {
    let hi = a * b;
    let split = |x: f64| -> (f64, f64) {
        let c = 134217729.0 * x;
        let h = c - (c - x);
        (h, x - h)
    };
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let lo = ((ah * bh - hi) + ah * bl + al * bh) + al * bl;
    (hi, lo)
}

/// The Euclidean norm of `v` as CPython 3.11's `math.hypot`/`math.dist`
/// compute it: scaled by a power of two, squares and sums kept exact as
/// hi + lo pairs, then a square root with one differential correction
/// (correctly rounded in nearly every case).
pub fn vector_norm(v: &[f64]) -> f64 {
    let mut max: f64 = 0.0;
    let mut nan = false;
    for x in v.iter() {
        let a = x.abs();
        if a.is_nan() {
            nan = true;
        } else if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Subnormal inputs: scale them up into normal range first.
        let scaled: Vec<f64> = v.iter().map(|x| *x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled);
    }
    let scale = ldexp(1.0, 0 - max_e);
    let mut csum: f64 = 1.0;
    let mut frac1: f64 = 0.0;
    let mut frac2: f64 = 0.0;
    for x in v.iter() {
        let x = *x * scale;
        let (hi, lo) = exact_mul(x, x);
        let sum = csum + hi;
        frac2 += (csum - sum) + hi;
        csum = sum;
        frac1 += lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_mul(0.0 - h, h);
    let sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// CPython's math.fsum (Shewchuk's exact partial sums).
fn fsum(xs: &Vec<f64>) -> Result<Value, PyErr> {
    let mut p: Vec<f64> = Vec::new();
    let mut special = 0.0;
    let mut inf_sum = 0.0;
    for k in 0..xs.len() {
        let mut x = xs[k];
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                let t = x;
                x = y;
                y = t;
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(err(ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(err(ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
