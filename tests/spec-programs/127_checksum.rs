// covers: checksum suite: CRC32 table, Adler-32, FNV-1a 32/64, Fletcher-16, Luhn with let-else, xorshift, {:08x} {:016x} {:#010x} {:#b}
fn crc32_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    for i in 0..256u32 {
        let mut c = i;
        for _ in 0..8 { c = if c & 1 != 0 { 0xEDB88320 ^ (c >> 1) } else { c >> 1 }; }
        t[i as usize] = c;
    }
    t
}

fn crc32(table: &[u32; 256], data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data { c = table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8); }
    !c
}

fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data { a = (a + x as u32) % MOD; b = (b + a) % MOD; }
    (b << 16) | a
}

fn fnv1a32(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for &b in data { h ^= b as u32; h = h.wrapping_mul(0x01000193); }
    h
}

fn fnv1a64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in data.iter() { h = (h ^ *b as u64).wrapping_mul(0x100000001b3); }
    h
}

fn fletcher16(data: &[u8]) -> u16 {
    let (mut s1, mut s2) = (0u16, 0u16);
    for &b in data { s1 = (s1 + b as u16) % 255; s2 = (s2 + s1) % 255; }
    (s2 << 8) | s1
}

fn luhn(num: &str) -> bool {
    let mut sum = 0;
    for (i, c) in num.chars().rev().enumerate() {
        let Some(mut d) = c.to_digit(10) else { return false; };
        if i % 2 == 1 { d *= 2; if d > 9 { d -= 9; } }
        sum += d;
    }
    sum % 10 == 0
}

fn xorshift(mut x: u32) -> u32 { x ^= x << 13; x ^= x >> 17; x ^= x << 5; x }

fn main() {
    let t = crc32_table();
    println!("{:08x} {:08x} {:08X}", t[1], t[128], t[255]);
    let inputs: [&[u8]; 4] = [b"", b"a", b"The quick brown fox jumps over the lazy dog", b"123456789"];
    for d in inputs {
        println!("{:<45} crc={:08x} adler={:08x} fnv32={:08x} fnv64={:016x} f16={:04x}",
            format!("{:?}", String::from_utf8(d.to_vec()).unwrap()), crc32(&t, d), adler32(d), fnv1a32(d), fnv1a64(d), fletcher16(d));
    }
    for n in ["79927398713", "79927398710", "4539 1488", "0"] { print!("{}={} ", n, luhn(n)); }
    println!();
    let mut x = 2463534242u32;
    let mut v = Vec::new();
    for _ in 0..5 { x = xorshift(x); v.push(x); }
    println!("{:?}", v);
    let mut bytes = Vec::new();
    for i in 0..1000u32 { bytes.push((i.wrapping_mul(2654435761) >> 24) as u8); }
    println!("{:#010x} {:#x} {:#b}", crc32(&t, &bytes), adler32(&bytes), fletcher16(&bytes) & 0xff);
    let mut shifts: Vec<u32> = Vec::new();
    for k in 0..5u32 { shifts.push(1u32 << (k * 7)); }
    println!("{:?}", shifts);
}
