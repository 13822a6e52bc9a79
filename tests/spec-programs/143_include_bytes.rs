// covers: include_bytes! (path relative to this file, binary data with NUL and 0xff) as an expression and in a function returning a slice
fn data() -> &'static [u8] {
    include_bytes!("data/include_bytes.bin")
}

fn main() {
    let b = include_bytes!("data/include_bytes.bin");
    println!("{} bytes: {:?}", b.len(), b);
    let d = data();
    let mut sum = 0u32;
    for x in d.iter() {
        sum += *x as u32;
    }
    println!("{} {} {}", d.len(), sum, d[3]);
    match std::str::from_utf8(&d[0..2]) {
        Ok(s) => println!("{}", s),
        Err(_) => println!("not utf-8"),
    }
}
