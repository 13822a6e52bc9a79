// covers: token-bucket rate limiter simulation with f64 refill, LCG with wrapping ops, enum with struct variant in Debug, step_by over a range, {:e} {:.0} {:+.2} {:10.3}
#[derive(Debug)]
struct TokenBucket { capacity: u32, tokens: f64, rate: f64, last: u64 }

#[derive(Debug, PartialEq, Clone, Copy)]
enum Decision { Allow, Throttle { retry_in: u64 } }

impl TokenBucket {
    fn new(capacity: u32, rate_per_sec: f64) -> Self {
        TokenBucket { capacity, tokens: capacity as f64, rate: rate_per_sec, last: 0 }
    }
    fn refill(&mut self, now_ms: u64) {
        let elapsed = now_ms.saturating_sub(self.last) as f64 / 1000.0;
        self.tokens = (self.tokens + elapsed * self.rate).min(self.capacity as f64);
        self.last = now_ms;
    }
    fn try_take(&mut self, now_ms: u64, cost: u32) -> Decision {
        self.refill(now_ms);
        let c = cost as f64;
        if self.tokens >= c {
            self.tokens -= c;
            Decision::Allow
        } else {
            let missing = c - self.tokens;
            let wait = (missing / self.rate * 1000.0).ceil() as u64;
            Decision::Throttle { retry_in: wait }
        }
    }
}

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn main() {
    let mut bucket = TokenBucket::new(5, 2.5);
    let mut rng = Lcg(42);
    let mut now = 0u64;
    let (mut allowed, mut throttled) = (0, 0);
    let mut max_wait = 0;
    for i in 0..40 {
        now += rng.next() % 400;
        let cost = 1 + (rng.next() % 3) as u32;
        let d = bucket.try_take(now, cost);
        match d {
            Decision::Allow => allowed += 1,
            Decision::Throttle { retry_in } => {
                throttled += 1;
                if retry_in > max_wait { max_wait = retry_in; }
            }
        }
        if i % 5 == 0 {
            println!("t={:>6}ms cost={} tokens={:6.3} {:?}", now, cost, bucket.tokens, d);
        }
    }
    println!("allowed={} throttled={} max_wait={}ms", allowed, throttled, max_wait);
    println!("{:?}", bucket);
    let mut b2 = TokenBucket::new(3, 0.5);
    let mut log = String::new();
    for t in (0..=10_000).step_by(750) {
        let d = b2.try_take(t, 1);
        log.push(if d == Decision::Allow { '+' } else { '.' });
    }
    println!("{} {}", log, log.len());
    println!("{:e} {:.0} {:+.2} {:10.3}|", bucket.tokens, 2.5f64, bucket.rate, -bucket.rate);
}
