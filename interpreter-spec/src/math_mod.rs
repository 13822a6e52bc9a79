//! The `math` module (stage 4): CPython's functions over the dialect's
//! f64 methods (which are libm's), with CPython's error rules.
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

fn names() -> Vec<&'static str> {
    vec![
        "sqrt", "floor", "ceil", "trunc", "fabs", "pow", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
        "atan2", "hypot", "degrees", "radians", "isnan", "isinf", "isfinite", "isclose", "gcd", "lcm", "factorial", "comb", "perm",
        "isqrt", "copysign", "fmod", "modf", "frexp", "ldexp", "prod", "fsum", "dist",
    ]
}

pub fn math_fn_name(id: usize) -> &'static str {
    let n = names();
    if id >= MATH_FIRST && id - MATH_FIRST < n.len() {
        return n[id - MATH_FIRST];
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
        let n = names();
        for k in 0..n.len() {
            self.set_global(m, n[k], Value::Builtin(MATH_FIRST + k));
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
                let mut acc: f64 = 0.0;
                for k in 0..p.len() {
                    let d = self.real(&p[k])? - self.real(&q[k])?;
                    acc = acc.hypot(d);
                }
                return Ok(Value::Float(acc));
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
            "pow" | "atan2" | "copysign" | "fmod" | "ldexp" => true,
            "log" => args.len() == 2,
            _ => false,
        };
        if name == "hypot" {
            let mut acc: f64 = 0.0;
            for a in args.iter() {
                let x = self.real(a)?;
                acc = if args.len() == 2 { 0.0 } else { acc.hypot(x) };
            }
            if args.len() == 2 {
                acc = self.real(&args[0])?.hypot(self.real(&args[1])?);
            }
            return Ok(Value::Float(acc));
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
    fn math_log1(&self, v: &Value) -> Result<f64, PyErr> {
        if let Value::BigInt(b) = v {
            if b.neg {
                return Err(domain());
            }
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
