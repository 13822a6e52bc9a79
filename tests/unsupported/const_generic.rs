// error: unsupported const generic parameter
// at: 3:12
struct Buf<const N: usize> {
    data: [u8; N],
}

fn main() {
    let b = Buf::<4> { data: [0; 4] };
    println!("{}", b.data.len());
}
