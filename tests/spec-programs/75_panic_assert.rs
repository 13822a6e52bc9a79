// covers: assert! and assert_eq! that pass, then a failing assert_eq! with a custom formatted message (exit 101, left/right Debug output on stderr), helper functions validating a checksum, Vec<u8> bytes
fn checksum(data: &[u8]) -> u16 {
    let mut a: u16 = 1;
    let mut b: u16 = 0;
    for &x in data {
        a = (a + x as u16) % 251;
        b = (b + a) % 251;
    }
    (b << 8) | a
}

fn encode(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, byte) in s.bytes().enumerate() {
        out.push(byte ^ (i as u8).wrapping_mul(37));
    }
    out
}

fn decode(v: &[u8]) -> String {
    let mut s = String::new();
    for (i, &byte) in v.iter().enumerate() {
        s.push((byte ^ (i as u8).wrapping_mul(37)) as char);
    }
    s
}

fn main() {
    let msgs = ["hello", "pyrite", "", "a longer message here"];
    for m in msgs.iter() {
        let enc = encode(m);
        let back = decode(&enc);
        assert_eq!(&back, m);
        assert!(back.len() == m.len(), "length changed for {}", m);
        println!("{:<24} {:>5} {:?}", m, checksum(&enc), &enc[..enc.len().min(4)]);
    }
    let expected = [7910u16, 0, 1];
    for (i, m) in msgs.iter().enumerate().take(3) {
        let got = checksum(m.as_bytes());
        println!("checking {} -> {}", m, got);
        assert_eq!(got, expected[i], "checksum mismatch for {:?} at index {}", m, i);
    }
    println!("all good");
}
