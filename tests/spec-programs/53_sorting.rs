// covers: v.sort() on Vec<i32>, Vec<String>, Vec<&str>, Vec<(i32, String)>, Vec<(u8, char, i64)>, Vec<char>, derive(PartialOrd, Ord, PartialEq, Eq) on struct and enum then sort, sort_unstable, reverse, dedup, binary_search with Ok/Err, contains, windows-free adjacent checks, is_sorted by hand, iter().copied().max()/min(), into_iter().max() on derived Ord structs, iter().max()/min() returning Option<&T>, string comparison order with uppercase, to_vec
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Suit { Clubs, Diamonds, Hearts, Spades }

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Card { rank: u8, suit: Suit }

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Employee { dept: String, age: u32, name: String }

fn sorted_check<T: PartialOrd>(v: &[T]) -> bool {
    for i in 1..v.len() {
        if v[i - 1] > v[i] { return false; }
    }
    true
}

fn main() {
    let mut nums = vec![42, -7, 19, 0, 3, 19, -100, 88, 3, 3];
    println!("sorted? {}", sorted_check(&nums));
    nums.sort();
    println!("{:?} sorted? {}", nums, sorted_check(&nums));
    nums.dedup();
    println!("dedup {:?}", nums);
    for key in [19, 4, -200, 100] {
        match nums.binary_search(&key) {
            Ok(i) => println!("found {} at {}", key, i),
            Err(i) => println!("{} would go at {}", key, i),
        }
    }
    nums.reverse();
    println!("rev {:?} max={:?} min={:?}", nums, nums.iter().copied().max(), nums.iter().copied().min());

    let mut words: Vec<String> = Vec::new();
    for w in "pear Apple banana apple Cherry date Banana fig".split(' ') {
        words.push(w.to_string());
    }
    words.sort();
    println!("{:?}", words);
    let mut strs = vec!["zeta", "alpha", "Mu", "beta", "", "alphabet"];
    strs.sort_unstable();
    println!("{:?}", strs);

    let mut pairs: Vec<(i32, String)> = vec![
        (3, "c".to_string()), (1, "z".to_string()), (3, "a".to_string()), (-1, "m".to_string()), (1, "b".to_string()),
    ];
    pairs.sort();
    println!("{:?}", pairs);
    let mut triples = vec![(2u8, 'b', 10i64), (1, 'z', -5), (2, 'a', 99), (2, 'b', -1), (0, 'q', 0)];
    triples.sort();
    for t in &triples { print!("{:?} ", t); }
    println!();

    let mut chars: Vec<char> = "the quick brown fox".chars().collect();
    chars.sort();
    chars.dedup();
    let s: String = chars.into_iter().collect();
    println!("[{}]", s);

    let mut hand = vec![
        Card { rank: 12, suit: Suit::Hearts }, Card { rank: 2, suit: Suit::Spades },
        Card { rank: 12, suit: Suit::Clubs }, Card { rank: 7, suit: Suit::Diamonds },
        Card { rank: 2, suit: Suit::Clubs },
    ];
    hand.sort();
    for c in hand.iter() { print!("{}{:?} ", c.rank, c.suit); }
    println!();
    println!("{}", Suit::Clubs < Suit::Spades);
    let best = hand.clone().into_iter().max().unwrap();
    println!("best {:?}", best);
    println!("by ref: max {:?} min {:?} nums max {:?}", hand.iter().max(), hand.iter().min(), nums.iter().max());

    let mut staff = vec![
        Employee { dept: "ops".to_string(), age: 40, name: "Kim".to_string() },
        Employee { dept: "dev".to_string(), age: 31, name: "Lee".to_string() },
        Employee { dept: "dev".to_string(), age: 25, name: "Ada".to_string() },
        Employee { dept: "ops".to_string(), age: 40, name: "Bo".to_string() },
    ];
    staff.sort();
    for e in &staff { println!("{:<4}{:>3} {}", e.dept, e.age, e.name); }

    let part = nums[1..4].to_vec();
    println!("{:?} {}", part, nums.contains(&88));
}
