// error: no method named `frobnicate` found
// at: 5:15
fn main() {
    let v = vec![3, 1, 2];
    let n = v.frobnicate();
    println!("{}", n);
}
