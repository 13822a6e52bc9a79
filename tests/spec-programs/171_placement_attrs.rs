// covers: #[inline], #[inline(always)], #[inline(never)], #[cold] on free functions, methods and trait methods; a cold error path
struct Counter {
    hits: u64,
    misses: u64,
}

impl Counter {
    #[inline]
    fn hit(&mut self) {
        self.hits += 1;
    }

    #[inline(always)]
    fn total(&self) -> u64 {
        self.hits + self.misses
    }

    #[cold]
    #[inline(never)]
    fn miss(&mut self, key: u32) -> String {
        self.misses += 1;
        format!("miss {}", key)
    }
}

trait Score {
    fn score(&self) -> i64;
}

impl Score for Counter {
    #[inline]
    fn score(&self) -> i64 {
        self.hits as i64 * 3 - self.misses as i64
    }
}

#[cold]
fn bad_input(x: i32) -> Result<i32, String> {
    Err(format!("bad input {}", x))
}

#[inline(always)]
fn check(x: i32) -> Result<i32, String> {
    if x % 7 == 0 {
        return bad_input(x);
    }
    Ok(x * 2)
}

fn main() {
    let mut c = Counter { hits: 0, misses: 0 };
    let mut log: Vec<String> = Vec::new();
    for k in 0..50u32 {
        if k % 9 == 4 {
            let m = c.miss(k);
            log.push(m);
        } else {
            c.hit();
        }
    }
    println!("hits={} misses={} total={} score={}", c.hits, c.misses, c.total(), c.score());
    println!("{}", log.join(", "));
    let mut sum = 0;
    let mut errors = 0;
    for x in 1..30 {
        match check(x) {
            Ok(v) => sum += v,
            Err(e) => {
                errors += 1;
                if errors == 1 {
                    println!("first error: {}", e);
                }
            }
        }
    }
    println!("sum={} errors={}", sum, errors);
}
