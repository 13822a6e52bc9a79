// covers: Matrix struct over flat Vec<f64> with rows/cols, impl Mul for &Matrix (references as operator operands), impl Add for Matrix, impl Display with {:8.3} columns and writeln!, identity/transpose constructors, Gaussian elimination determinant with partial pivoting and swap of rows, Result<Matrix, String> for dimension mismatch, inverse via Gauss-Jordan, f64 abs/epsilon comparisons, iter().zip() over rows, Vec<Vec<f64>> input conversion
use std::fmt;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix { rows: usize, cols: usize, data: Vec<f64> }

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix { Matrix { rows, cols, data: vec![0.0; rows * cols] } }
    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n { m.set(i, i, 1.0); }
        m
    }
    fn from_rows(rows: &Vec<Vec<f64>>) -> Matrix {
        let mut m = Matrix::zeros(rows.len(), rows[0].len());
        for (r, row) in rows.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() { m.set(r, c, v); }
        }
        m
    }
    fn get(&self, r: usize, c: usize) -> f64 { self.data[r * self.cols + c] }
    fn set(&mut self, r: usize, c: usize, v: f64) { self.data[r * self.cols + c] = v; }
    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows { for c in 0..self.cols { t.set(c, r, self.get(r, c)); } }
        t
    }
    fn swap_rows(&mut self, a: usize, b: usize) {
        for c in 0..self.cols { self.data.swap(a * self.cols + c, b * self.cols + c); }
    }
    fn mul_checked(&self, o: &Matrix) -> Result<Matrix, String> {
        if self.cols != o.rows {
            return Err(format!("cannot multiply {}x{} by {}x{}", self.rows, self.cols, o.rows, o.cols));
        }
        let mut m = Matrix::zeros(self.rows, o.cols);
        for i in 0..self.rows {
            for k in 0..self.cols {
                let a = self.get(i, k);
                for j in 0..o.cols { let v = m.get(i, j) + a * o.get(k, j); m.set(i, j, v); }
            }
        }
        Ok(m)
    }
    fn determinant(&self) -> f64 {
        let mut m = self.clone();
        let n = self.rows;
        let mut det = 1.0;
        for col in 0..n {
            let mut piv = col;
            for r in col + 1..n { if m.get(r, col).abs() > m.get(piv, col).abs() { piv = r; } }
            if m.get(piv, col).abs() < 1e-12 { return 0.0; }
            if piv != col { m.swap_rows(piv, col); det = -det; }
            det *= m.get(col, col);
            for r in col + 1..n {
                let f = m.get(r, col) / m.get(col, col);
                for c in col..n { let v = m.get(r, c) - f * m.get(col, c); m.set(r, c, v); }
            }
        }
        det
    }
    fn inverse(&self) -> Option<Matrix> {
        let n = self.rows;
        let mut a = self.clone();
        let mut inv = Matrix::identity(n);
        for col in 0..n {
            let mut piv = col;
            for r in col + 1..n { if a.get(r, col).abs() > a.get(piv, col).abs() { piv = r; } }
            if a.get(piv, col).abs() < 1e-12 { return None; }
            a.swap_rows(piv, col);
            inv.swap_rows(piv, col);
            let p = a.get(col, col);
            for c in 0..n { a.set(col, c, a.get(col, c) / p); inv.set(col, c, inv.get(col, c) / p); }
            for r in 0..n {
                if r == col { continue; }
                let f = a.get(r, col);
                for c in 0..n {
                    a.set(r, c, a.get(r, c) - f * a.get(col, c));
                    inv.set(r, c, inv.get(r, c) - f * inv.get(col, c));
                }
            }
        }
        Some(inv)
    }
}

impl<'a> Mul for &'a Matrix {
    type Output = Matrix;
    fn mul(self, o: &'a Matrix) -> Matrix { self.mul_checked(o).unwrap() }
}

impl Add for Matrix {
    type Output = Matrix;
    fn add(self, o: Matrix) -> Matrix {
        let mut data = Vec::with_capacity(self.data.len());
        for (x, y) in self.data.iter().zip(o.data.iter()) { data.push(x + y); }
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            write!(f, "|")?;
            for c in 0..self.cols { write!(f, "{:8.3}", self.get(r, c))?; }
            writeln!(f, " |")?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&vec![vec![2.0, -1.0, 0.0], vec![-1.0, 2.0, -1.0], vec![0.0, -1.0, 2.0]]);
    let b = Matrix::from_rows(&vec![vec![1.0, 2.0], vec![3.0, 4.0], vec![5.0, 6.0]]);
    print!("A =\n{}", a);
    print!("A*B =\n{}", &a * &b);
    print!("B^T =\n{}", b.transpose());
    println!("{:?}", b.mul_checked(&b).err());
    println!("det A = {:.6}, det I = {}", a.determinant(), Matrix::identity(4).determinant());
    let inv = a.inverse().unwrap();
    print!("A^-1 =\n{}", inv);
    let check = &a * &inv;
    let mut max_err: f64 = 0.0;
    for r in 0..3 { for c in 0..3 {
        let want = if r == c { 1.0 } else { 0.0 };
        max_err = max_err.max((check.get(r, c) - want).abs());
    } }
    println!("identity error < 1e-9: {}", max_err < 1e-9);
    let sing = Matrix::from_rows(&vec![vec![1.0, 2.0], vec![2.0, 4.0]]);
    println!("singular: det={} inverse={:?}", sing.determinant(), sing.inverse());
    let sum = a.clone() + Matrix::identity(3);
    print!("A+I =\n{}", sum);
    println!("{}", sum == a);
}
