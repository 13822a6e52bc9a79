// covers: Matrix struct over flat Vec<i64> with impl Index<(usize, usize)> and IndexMut (tuple-pattern params, assert! with message), compound assignment through IndexMut, impl Mul for &Matrix, Mul for Matrix, Mul<i64>, Add, Display with {:>5}, transpose, exponentiation by squaring for Fibonacci with wrapping_mul, trace, PartialEq on results
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }
    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
    }
    fn from_rows(rows: &[&[i64]]) -> Matrix {
        let mut m = Matrix::zeros(rows.len(), rows[0].len());
        for (r, row) in rows.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                m[(r, c)] = v;
            }
        }
        m
    }
    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }
    fn pow(&self, mut e: u32) -> Matrix {
        let mut base = self.clone();
        let mut acc = Matrix::identity(self.rows);
        while e > 0 {
            if e & 1 == 1 {
                acc = &acc * &base;
            }
            base = &base * &base;
            e >>= 1;
        }
        acc
    }
    fn trace(&self) -> i64 {
        let mut t = 0;
        for i in 0..self.rows.min(self.cols) {
            t += self[(i, i)];
        }
        t
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        assert!(r < self.rows && c < self.cols, "index ({}, {}) out of range", r, c);
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}

impl<'a> Mul<&'a Matrix> for &'a Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        assert_eq!(self.cols, o.rows);
        let mut m = Matrix::zeros(self.rows, o.cols);
        for i in 0..self.rows {
            for j in 0..o.cols {
                let mut s = 0i64;
                for k in 0..self.cols {
                    s = s.wrapping_add(self[(i, k)].wrapping_mul(o[(k, j)]));
                }
                m[(i, j)] = s;
            }
        }
        m
    }
}

impl Mul for Matrix {
    type Output = Matrix;
    fn mul(self, o: Matrix) -> Matrix { &self * &o }
}

impl Mul<i64> for Matrix {
    type Output = Matrix;
    fn mul(mut self, k: i64) -> Matrix {
        for x in self.data.iter_mut() { *x *= k; }
        self
    }
}

impl Add for Matrix {
    type Output = Matrix;
    fn add(self, o: Matrix) -> Matrix {
        let mut m = self.clone();
        for i in 0..m.data.len() { m.data[i] += o.data[i]; }
        m
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            write!(f, "[")?;
            for c in 0..self.cols {
                if c > 0 { write!(f, " ")?; }
                write!(f, "{:>5}", self[(r, c)])?;
            }
            writeln!(f, "]")?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    print!("A =\n{}B =\n{}", a, b);
    let ab = &a * &b;
    print!("A*B =\n{}", ab);
    print!("B*A =\n{}", b.clone() * a.clone());
    print!("A^T =\n{}", a.transpose());
    println!("(AB)^T == B^T A^T: {}", ab.transpose() == &b.transpose() * &a.transpose());
    let fibm = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    for n in [1u32, 10, 50, 90] {
        println!("fib({}) = {}", n, fibm.pow(n)[(0, 1)]);
    }
    let big = fibm.pow(100);
    println!("wrapped fib(100) = {}", big[(0, 1)]);
    let s = Matrix::identity(3) * 5 + Matrix::from_rows(&[&[0, 1, 0], &[0, 0, 1], &[1, 0, 0]]);
    print!("S =\n{}", s);
    println!("trace(S^3) = {}", s.pow(3).trace());
    let mut m = Matrix::zeros(2, 2);
    m[(0, 1)] += 7;
    m[(1, 0)] -= 3;
    println!("{:?}", m);
}
