// covers: Vec::drain over every range form (a..b, ..b, a..=b, .., a..) yielding owned elements and closing the gap, String::drain on char boundaries with multi-byte chars, arrays iterated by value with into_iter() (edition 2021), Debug of a slice iterator (only the elements not yet yielded)
fn main() {
    let mut v: Vec<i32> = (1..=10).collect();
    let d: Vec<i32> = v.drain(2..5).collect();
    println!("{:?} {:?}", d, v);
    let e: Vec<i32> = v.drain(..2).collect();
    println!("{:?} {:?}", e, v);
    let f: Vec<i32> = v.drain(3..=3).collect();
    println!("{:?} {:?}", f, v);
    let all: Vec<i32> = v.drain(..).collect();
    println!("{:?} {:?}", all, v);
    let mut words = vec![String::from("a"), String::from("b"), String::from("c")];
    for w in words.drain(1..) {
        println!("drained {}", w);
    }
    println!("{:?}", words);
    let mut s = String::from("héllo wörld");
    let front: String = s.drain(..6).collect();
    println!("[{}] [{}]", front, s);
    let it = [1, 2, 3].iter();
    println!("{:?}", it);
    let mut it2 = vec![4, 5, 6];
    let mut i2 = it2.iter();
    i2.next();
    println!("{:?}", i2);
    it2.push(7);
    println!("{:?}", it2);
    let letters = ['p', 'y', 'r'];
    let joined: String = letters.into_iter().rev().collect();
    let total: i32 = [3, 4, 5].into_iter().map(|x| x * x).sum();
    println!("{} {}", joined, total);
}
