// covers: string API on non-ASCII text: width/precision by chars, char_indices, split/rsplit/splitn/trim_matches, binary_search Err positions, dedup, string ordering, escape Debug
fn main() {
    let s = "héllo wörld ñ";
    println!("[{:>15}] [{:<15}] [{:^15}] [{:.3}] [{:>6.2}]", s, s, s, s, "日本語");
    println!("{:?}", s.char_indices().collect::<Vec<(usize, char)>>());
    let parts: Vec<&str> = "a,,b,".split(',').collect();
    let rparts: Vec<&str> = "a-b-c".rsplit('-').collect();
    let np: Vec<&str> = "k=v=w".splitn(2, '=').collect();
    println!("{:?} {:?} {:?}", parts, rparts, np);
    println!("{:?} {:?}", "xxabxx".trim_matches('x'), "  a b  ".split(' ').collect::<Vec<&str>>());
    println!("{:?} {:?}", "abc".split_at(1), "Hello".char_indices().rev().next());
    let v = vec![1, 3, 5, 7];
    println!("{:?} {:?} {:?}", v.binary_search(&4), v.binary_search(&0), v.binary_search(&9));
    let mut w = vec![1, 1, 2, 2, 2, 3, 1];
    w.dedup();
    println!("{:?} {}", w, vec![1, 2] < vec![1, 2, 0]);
    println!("{} {} {}", "apple" < "apricot", "Z" < "a", String::from("b") > String::from("abc"));
    println!("{:?}", "a\tb\u{7f}\u{1F600}'\"\\".to_string());
    println!("{:?} {:?}", '\'', '\u{0}');
    let mut t = String::from("hello");
    t.insert_str(0, ">> ");
    println!("{} {:?} {:?}", t, t.rfind('l'), t.char_indices().nth(4));
    let b = "abc".as_bytes();
    println!("{:?} {:?}", b, &b[1..]);
    println!("{}", ["x", "y", "z"].concat());
    let words = vec!["one".to_string(), "two".to_string()];
    println!("{} {:?}", words.join(", "), words.iter().rev().collect::<Vec<&String>>());
}
