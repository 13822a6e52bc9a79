// covers: flatten over a Vec of Vecs, over slices of rows and over Options, unzip into two Vecs, for over an Option, chunks_exact (the remainder left out), char and u8 is_ascii_hexdigit/is_ascii_graphic/is_ascii_control
fn hex_value(s: &str) -> Option<u32> {
    let mut v = 0;
    for c in s.chars() {
        if !c.is_ascii_hexdigit() {
            return None;
        }
        v = v * 16 + c.to_digit(16)?;
    }
    Some(v)
}

fn main() {
    let rows = vec![vec![1, 2, 3], vec![], vec![4, 5]];
    let flat: Vec<i32> = rows.clone().into_iter().flatten().collect();
    let mut total = 0;
    for x in rows.iter().flatten() {
        total += x;
    }
    let maybe = vec![Some("a"), None, Some("c"), None];
    let present: Vec<&str> = maybe.into_iter().flatten().collect();
    println!("{:?} {} {:?}", flat, total, present);
    let pairs = vec![(1, 'x'), (2, 'y'), (3, 'z')];
    let (nums, letters): (Vec<i32>, Vec<char>) = pairs.into_iter().unzip();
    println!("{:?} {:?}", nums, letters);
    let name: Option<&str> = Some("pyrite");
    for n in name {
        println!("hello {}", n);
    }
    let none: Option<u8> = None;
    for n in none {
        println!("never {}", n);
    }
    let data = [1u8, 2, 3, 4, 5, 6, 7];
    let mut sums = Vec::new();
    for c in data.chunks_exact(3) {
        sums.push(c[0] + c[1] + c[2]);
    }
    println!("{:?}", sums);
    for s in ["ff", "1A3", "xyz", ""].iter() {
        println!("{:?} -> {:?}", s, hex_value(s));
    }
    println!("{} {} {} {}", b'F'.is_ascii_hexdigit(), 'g'.is_ascii_hexdigit(), '\t'.is_ascii_control(), ' '.is_ascii_graphic());
}
