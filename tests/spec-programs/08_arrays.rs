// covers: arrays [T; N], array literals, repeat syntax [0; N], indexing, index assignment, .len(), 2D arrays, arrays passed by value and by &/&mut reference, array copy semantics, Debug print of arrays, bubble sort by hand
const N: usize = 8;

fn sum(a: [i32; N]) -> i32 {
    let mut s = 0;
    for i in 0..a.len() {
        s += a[i];
    }
    s
}

fn max_of(a: &[i32; N]) -> i32 {
    let mut m = a[0];
    for i in 1..N {
        if a[i] > m {
            m = a[i];
        }
    }
    m
}

fn bubble_sort(a: &mut [i32; N]) {
    let n = a.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
        }
    }
}

fn double_all(mut a: [i32; N]) -> [i32; N] {
    for i in 0..N {
        a[i] *= 2;
    }
    a
}

fn main() {
    let mut arr: [i32; N] = [5, -3, 12, 7, 0, 9, -8, 4];
    println!("arr = {:?}", arr);
    println!("len = {} sum = {} max = {}", arr.len(), sum(arr), max_of(&arr));

    let copy = arr;
    bubble_sort(&mut arr);
    println!("sorted = {:?}", arr);
    println!("copy unchanged = {:?}", copy);
    let doubled = double_all(copy);
    println!("doubled = {:?}", doubled);
    println!("copy still = {:?}", copy);

    let zeros = [0u8; 5];
    println!("zeros = {:?}", zeros);
    let mut squares = [0u64; 10];
    for i in 0..squares.len() {
        squares[i] = (i * i) as u64;
    }
    println!("squares = {:?}", squares);

    let mut evens = 0;
    for i in 0..arr.len() {
        if arr[i] % 2 == 0 {
            evens += 1;
        }
    }
    println!("even count = {}", evens);

    // 2D array
    let mut grid = [[0i32; 4]; 3];
    for r in 0..3 {
        for c in 0..4 {
            grid[r][c] = (r * 4 + c) as i32;
        }
    }
    println!("grid = {:?}", grid);
    let mut diag = 0;
    for k in 0..3 {
        diag += grid[k][k];
    }
    println!("diag = {}", diag);
    let mut col_sums = [0; 4];
    for r in 0..3 {
        for c in 0..4 {
            col_sums[c] += grid[r][c];
        }
    }
    println!("col sums = {:?}", col_sums);

    // pascal's triangle in a fixed array
    let mut row = [0u64; 16];
    row[0] = 1;
    for n in 1..16 {
        let mut k = n;
        while k > 0 {
            row[k] += row[k - 1];
            k -= 1;
        }
    }
    println!("pascal row 15 = {:?}", row);

    let chars = ['r', 'u', 's', 't'];
    let mut rev = ['?'; 4];
    for i in 0..4 {
        rev[3 - i] = chars[i];
    }
    println!("reversed chars = {:?}", rev);
    let bools = [true, false, true];
    println!("bools = {:?}, equal arrays: {}", bools, [1, 2, 3] == [1, 2, 3]);
    let fl = [1.5, 2.25, -0.5];
    println!("floats = {:?}", fl);
    let strs = ["alpha", "beta", "gamma"];
    for i in 0..strs.len() {
        println!("strs[{}] = {}", i, strs[i]);
    }
}
