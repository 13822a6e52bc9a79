//! `_random`: the Mersenne Twister MT19937 core of the frozen `random`
//! module, giving CPython's exact sequences for integer seeds.
//!
//! Invariants:
//! - A generator's state is a Python list of 625 ints: the 624 words of
//!   `mt` then the index of the next word (625 before seeding), so every
//!   `random.Random` instance owns its state and `getstate` is a copy.
//! - The list is only ever mutated in place here; a list of the wrong
//!   shape (a user replaced it) raises ValueError instead of indexing out
//!   of range.
//! - `seed_array` is CPython's init_by_array over the key words;
//!   `random` is genrand_res53; `getrandbits(k)` fills 32-bit words from
//!   the least significant end, dropping the low bits of the last one.

use crate::bigint::BigInt;
use crate::objects::{err, type_error, ExcKind, Object, PyErr, Value};
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;

fn word(v: &Value) -> u32 {
    match v {
        Value::Int(i) => *i as u32,
        _ => 0,
    }
}

fn init_genrand(mt: &mut Vec<Value>, s: u32) {
    mt[0] = Value::Int(s as i64);
    let mut prev = s;
    for i in 1..N {
        let x = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        mt[i] = Value::Int(x as i64);
        prev = x;
    }
    mt[N] = Value::Int(N as i64);
}

fn init_by_array(mt: &mut Vec<Value>, key: &Vec<u32>) {
    init_genrand(mt, 19650218);
    let mut i: usize = 1;
    let mut j: usize = 0;
    let mut k = if N > key.len() { N } else { key.len() };
    while k > 0 {
        let p = word(&mt[i - 1]);
        let x = (word(&mt[i]) ^ (p ^ (p >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
        mt[i] = Value::Int(x as i64);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1].clone();
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
        k -= 1;
    }
    k = N - 1;
    while k > 0 {
        let p = word(&mt[i - 1]);
        let x = (word(&mt[i]) ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
        mt[i] = Value::Int(x as i64);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1].clone();
            i = 1;
        }
        k -= 1;
    }
    mt[0] = Value::Int(0x80000000);
}

fn twist(mt: &mut Vec<Value>) {
    let mut w: Vec<u32> = Vec::with_capacity(N);
    for i in 0..N {
        w.push(word(&mt[i]));
    }
    for kk in 0..N {
        let y = (w[kk] & 0x80000000) | (w[(kk + 1) % N] & 0x7fffffff);
        let mag = if y & 1 == 1 { 0x9908b0dfu32 } else { 0 };
        w[kk] = w[(kk + M) % N] ^ (y >> 1) ^ mag;
    }
    for i in 0..N {
        mt[i] = Value::Int(w[i] as i64);
    }
    mt[N] = Value::Int(0);
}

fn genrand(mt: &mut Vec<Value>) -> u32 {
    let mut idx = match &mt[N] {
        Value::Int(i) => *i as usize,
        _ => N,
    };
    if idx >= N {
        if idx > N {
            init_genrand(mt, 5489);
        }
        twist(mt);
        idx = 0;
    }
    let mut y = word(&mt[idx]);
    mt[N] = Value::Int(idx as i64 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >> 18;
    y
}

impl Vm {
    fn rng_state(&mut self, v: &Value) -> Result<usize, PyErr> {
        if let Value::Ref(h) = v {
            if let Object::List(l) = &self.heap.objs[*h] {
                if l.len() == N + 1 {
                    return Ok(*h);
                }
            }
        }
        Err(err(ExcKind::ValueError, "invalid Mersenne Twister state"))
    }

    pub fn call_random(&mut self, name: &str, args: Vec<Value>) -> Result<Value, PyErr> {
        if name == "new_state" {
            let mut l = Vec::new();
            for _ in 0..N {
                l.push(Value::Int(0));
            }
            l.push(Value::Int(N as i64 + 1));
            return Ok(self.heap.alloc(Object::List(l)));
        }
        let want = if name == "random" { 1 } else { 2 };
        if args.len() != want {
            return Err(type_error(format!("{}() takes exactly {} arguments ({} given)", name, want, args.len()).as_str()));
        }
        let h = self.rng_state(&args[0])?;
        match name {
            "seed_array" => {
                let mut key: Vec<u32> = Vec::new();
                match self.heap.get(&args[1]) {
                    Some(Object::List(l)) => {
                        for v in l.iter() {
                            key.push(word(v));
                        }
                    }
                    _ => return Err(type_error("seed_array() needs a list of 32-bit words")),
                }
                if key.is_empty() {
                    key.push(0);
                }
                if let Object::List(mt) = &mut self.heap.objs[h] {
                    init_by_array(mt, &key);
                }
                Ok(Value::None)
            }
            "random" => {
                let mut a: u32 = 0;
                let mut b: u32 = 0;
                if let Object::List(mt) = &mut self.heap.objs[h] {
                    a = genrand(mt) >> 5;
                    b = genrand(mt) >> 6;
                }
                Ok(Value::Float((a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0)))
            }
            _ => {
                let k = crate::builtins::int_arg(&self.heap, &args[1])?;
                if k < 0 {
                    return Err(err(ExcKind::ValueError, "number of bits must be non-negative"));
                }
                if k == 0 {
                    return Ok(Value::Int(0));
                }
                let mut words: Vec<u32> = Vec::new();
                if let Object::List(mt) = &mut self.heap.objs[h] {
                    let mut left = k;
                    while left > 0 {
                        let mut r = genrand(mt);
                        if left < 32 {
                            r = r >> (32 - left);
                        }
                        words.push(r);
                        left -= 32;
                    }
                }
                if words.len() == 1 {
                    return Ok(Value::Int(words[0] as i64));
                }
                Ok(crate::bigint_ops::big_value(BigInt::from_words(words)))
            }
        }
    }
}
