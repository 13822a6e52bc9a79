// covers: compute kernels benchmark: sieve of Eratosthenes over Vec<bool> (primes below 20M, twin primes, prime gaps), dense matrix multiply on flat Vec<f64> with i-k-j loop order and checksum, Conway's game of life on a wrapped torus with Vec<u8> double buffering and std::mem::swap, usize index arithmetic, {:.6} output
// bench
fn sieve(limit: usize) -> Vec<bool> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut p = 2;
    while p * p <= limit {
        if is_prime[p] {
            let mut m = p * p;
            while m <= limit {
                is_prime[m] = false;
                m += p;
            }
        }
        p += 1;
    }
    is_prime
}

fn matmul(a: &[f64], b: &[f64], n: usize) -> Vec<f64> {
    let mut c = vec![0.0; n * n];
    for i in 0..n {
        for k in 0..n {
            let aik = a[i * n + k];
            for j in 0..n {
                c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
    c
}

fn make_matrix(n: usize, seed: u64) -> Vec<f64> {
    let mut m = Vec::new();
    let mut s = seed;
    for _ in 0..n * n {
        s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let v = ((s >> 40) % 2001) as f64 / 1000.0 - 1.0;
        m.push(v);
    }
    m
}

struct Life {
    w: usize,
    h: usize,
    cells: Vec<u8>,
    next: Vec<u8>,
}

impl Life {
    fn new(w: usize, h: usize) -> Life {
        Life { w, h, cells: vec![0; w * h], next: vec![0; w * h] }
    }

    fn set(&mut self, x: usize, y: usize) {
        self.cells[(y % self.h) * self.w + (x % self.w)] = 1;
    }

    fn step(&mut self) {
        let (w, h) = (self.w, self.h);
        for y in 0..h {
            let up = (y + h - 1) % h;
            let down = (y + 1) % h;
            for x in 0..w {
                let left = (x + w - 1) % w;
                let right = (x + 1) % w;
                let n = self.cells[up * w + left] + self.cells[up * w + x] + self.cells[up * w + right]
                    + self.cells[y * w + left] + self.cells[y * w + right]
                    + self.cells[down * w + left] + self.cells[down * w + x] + self.cells[down * w + right];
                let alive = self.cells[y * w + x] == 1;
                self.next[y * w + x] = if n == 3 || (alive && n == 2) { 1 } else { 0 };
            }
        }
        std::mem::swap(&mut self.cells, &mut self.next);
    }

    fn population(&self) -> usize {
        let mut p = 0;
        for c in self.cells.iter() {
            p += *c as usize;
        }
        p
    }

    fn bbox(&self) -> (usize, usize, usize, usize) {
        let (mut x0, mut y0, mut x1, mut y1) = (self.w, self.h, 0, 0);
        for y in 0..self.h {
            for x in 0..self.w {
                if self.cells[y * self.w + x] == 1 {
                    if x < x0 { x0 = x; }
                    if y < y0 { y0 = y; }
                    if x > x1 { x1 = x; }
                    if y > y1 { y1 = y; }
                }
            }
        }
        (x0, y0, x1, y1)
    }

    fn show(&self, x0: usize, y0: usize, w: usize, h: usize) {
        for y in y0..y0 + h {
            let mut line = String::new();
            for x in x0..x0 + w {
                line.push(if self.cells[y * self.w + x] == 1 { '#' } else { '.' });
            }
            println!("  {}", line);
        }
    }
}

fn main() {
    // sieve
    let limit = 20_000_000;
    let primes = sieve(limit);
    let mut count = 0;
    let mut twins = 0;
    let mut max_gap = 0;
    let mut gap_at = 0;
    let mut last = 0;
    let mut sum: u64 = 0;
    for i in 0..=limit {
        if primes[i] {
            count += 1;
            sum += i as u64;
            if last > 0 {
                if i - last == 2 {
                    twins += 1;
                }
                if i - last > max_gap {
                    max_gap = i - last;
                    gap_at = last;
                }
            }
            last = i;
        }
    }
    println!("primes below {}: {} (sum {})", limit, count, sum);
    println!("twin pairs: {}, largest gap {} after {}, last prime {}", twins, max_gap, gap_at, last);

    // matrix multiply
    let n = 200;
    let a = make_matrix(n, 1);
    let b = make_matrix(n, 2);
    let mut c = matmul(&a, &b, n);
    for _ in 0..40 {
        c = matmul(&c, &a, n);
        let mut max = 0.0f64;
        for v in c.iter() {
            if v.abs() > max {
                max = v.abs();
            }
        }
        for i in 0..c.len() {
            c[i] /= max;
        }
    }
    let mut trace = 0.0;
    for i in 0..n {
        trace += c[i * n + i];
    }
    let mut total = 0.0;
    for v in c.iter() {
        total += *v;
    }
    println!("matrix {}x{} trace {:.6} sum {:.6} c[0][1] {:.6}", n, n, trace, total, c[1]);

    // game of life
    let mut life = Life::new(128, 96);
    // glider
    life.set(1, 0);
    life.set(2, 1);
    life.set(0, 2);
    life.set(1, 2);
    life.set(2, 2);
    // R-pentomino in the middle
    life.set(64, 47);
    life.set(65, 47);
    life.set(63, 48);
    life.set(64, 48);
    life.set(64, 49);
    println!("life gen 0 population {}", life.population());
    for gen in 1..=8000 {
        life.step();
        if gen % 2000 == 0 {
            println!("life gen {} population {}", gen, life.population());
        }
    }
    let (x0, y0, x1, y1) = life.bbox();
    println!("live bbox ({}, {}) - ({}, {})", x0, y0, x1, y1);
    let sx = if x0 + 40 > 128 { 88 } else { x0 };
    let sy = if y0 + 10 > 96 { 86 } else { y0 };
    life.show(sx, sy, 40, 10);
}
