// covers: Result<T, E> with Ok/Err, custom error enum with data, ? operator propagation, match on Result, unwrap on Ok, unwrap_or, is_ok, is_err, Result<(), E>, early return with Err, {:?} on Result, nested Result/Option handling, ok() conversion
#[derive(Debug, Clone, Copy, PartialEq)]
enum CalcError {
    DivByZero,
    Overflow,
    Negative(i64),
    BadOp(char),
}

fn checked_div(a: i64, b: i64) -> Result<i64, CalcError> {
    if b == 0 {
        return Err(CalcError::DivByZero);
    }
    Ok(a / b)
}

fn checked_mul(a: i64, b: i64) -> Result<i64, CalcError> {
    match a.checked_mul(b) {
        Some(v) => Ok(v),
        None => Err(CalcError::Overflow),
    }
}

fn isqrt(a: i64) -> Result<i64, CalcError> {
    if a < 0 {
        return Err(CalcError::Negative(a));
    }
    let mut r = 0;
    while (r + 1) * (r + 1) <= a {
        r += 1;
    }
    Ok(r)
}

fn apply(op: char, a: i64, b: i64) -> Result<i64, CalcError> {
    match op {
        '+' => Ok(a + b),
        '-' => Ok(a - b),
        '*' => checked_mul(a, b),
        '/' => checked_div(a, b),
        _ => Err(CalcError::BadOp(op)),
    }
}

// (a * b) / c, then sqrt
fn formula(a: i64, b: i64, c: i64) -> Result<i64, CalcError> {
    let prod = checked_mul(a, b)?;
    let q = checked_div(prod, c)?;
    let r = isqrt(q)?;
    Ok(r)
}

fn validate(values: &[i64; 5]) -> Result<(), CalcError> {
    for i in 0..values.len() {
        if values[i] < 0 {
            return Err(CalcError::Negative(values[i]));
        }
    }
    Ok(())
}

fn run_program(ops: &[(char, i64); 4], start: i64) -> Result<i64, CalcError> {
    let mut acc = start;
    for i in 0..ops.len() {
        let (op, v) = ops[i];
        acc = apply(op, acc, v)?;
    }
    Ok(acc)
}

fn describe(r: Result<i64, CalcError>) {
    match r {
        Ok(v) => println!("  ok: {}", v),
        Err(CalcError::DivByZero) => println!("  error: division by zero"),
        Err(CalcError::Overflow) => println!("  error: overflow"),
        Err(CalcError::Negative(n)) => println!("  error: negative input {}", n),
        Err(CalcError::BadOp(c)) => println!("  error: bad operator '{}'", c),
    }
}

fn main() {
    println!("formula(6, 6, 1):");
    describe(formula(6, 6, 1));
    println!("formula(10, 10, 0):");
    describe(formula(10, 10, 0));
    println!("formula(i64::MAX, 2, 1):");
    describe(formula(i64::MAX, 2, 1));
    println!("formula(-10, 10, 1):");
    describe(formula(-10, 10, 1));

    let r1 = apply('+', 2, 3);
    let r2 = apply('%', 2, 3);
    println!("r1 = {:?}, r2 = {:?}", r1, r2);
    println!("r1 is_ok {} r2 is_err {}", r1.is_ok(), r2.is_err());
    println!("r1 unwrap {} r2 unwrap_or {}", r1.unwrap(), r2.unwrap_or(-1));
    println!("r1 ok() = {:?}, r2 ok() = {:?}", r1.ok(), r2.ok());
    println!("r2 == Err(BadOp('%')): {}", r2 == Err(CalcError::BadOp('%')));

    println!("validate good: {:?}", validate(&[1, 2, 3, 4, 5]));
    println!("validate bad: {:?}", validate(&[1, 2, -3, 4, -5]));

    let programs = [
        [('+', 5), ('*', 3), ('-', 1), ('/', 2)],
        [('+', 5), ('/', 0), ('-', 1), ('/', 2)],
        [('*', 1_000_000_000), ('*', 1_000_000_000), ('*', 1_000), ('+', 1)],
        [('+', 1), ('^', 2), ('-', 1), ('/', 2)],
    ];
    for i in 0..programs.len() {
        println!("program {}:", i);
        describe(run_program(&programs[i], 1));
    }

    let mut ok_count = 0;
    let mut err_count = 0;
    for a in -2..3 {
        for b in -1..2 {
            match formula(a, 8, b) {
                Ok(_) => ok_count += 1,
                Err(_) => err_count += 1,
            }
        }
    }
    println!("ok = {}, err = {}", ok_count, err_count);
}
