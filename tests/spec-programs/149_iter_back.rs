// covers: rev() over step_by() on exclusive and inclusive integer ranges and on a slice iterator (rustc's next_back: the last element the forward walk reaches), mixing next() and next_back() on a StepBy, zip and enumerate reversed over ranges (exact lengths without walking 300000 steps per item), Chars::as_str after next/next_back, peekable over chars with while let Some(&c) = it.peek() and a &mut Peekable<Chars> helper
use std::iter::Peekable;
use std::str::Chars;

fn number(it: &mut Peekable<Chars>) -> u64 {
    let mut n = 0;
    while let Some(&c) = it.peek() {
        match c.to_digit(10) {
            Some(d) => {
                n = n * 10 + d as u64;
                it.next();
            }
            None => break,
        }
    }
    n
}

fn sum_numbers(s: &str) -> (u64, usize) {
    let mut it = s.chars().peekable();
    let (mut total, mut count) = (0, 0);
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            total += number(&mut it);
            count += 1;
        } else {
            it.next();
        }
    }
    (total, count)
}

fn main() {
    let a: Vec<i32> = (0..20).step_by(3).rev().collect();
    let b: Vec<u8> = (0..=20u8).step_by(5).rev().collect();
    let c: Vec<u8> = (1..2).step_by(7).rev().collect();
    let d: Vec<isize> = (-10..10).step_by(4).rev().collect();
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
    let words = ["a", "b", "c", "d", "e", "f", "g"];
    let picked: Vec<&&str> = words.iter().step_by(2).rev().collect();
    println!("{:?}", picked);
    let mut s = (0..10).step_by(3);
    println!("{:?} {:?} {:?} {:?} {:?}", s.next(), s.next_back(), s.next(), s.next_back(), s.next());
    let mut count = 0u32;
    let mut last = (0, 0);
    for (i, x) in (0..300_000u32).zip(1_000..400_000u32).rev() {
        count += 1;
        last = (i, x);
    }
    println!("{} {:?}", count, last);
    let tail: Vec<(usize, u8)> = (97u8..=101).enumerate().rev().take(2).collect();
    println!("{:?}", tail);
    let mut chars = "héllo, wörld".chars();
    chars.next();
    chars.next_back();
    println!("[{}] {}", chars.as_str(), chars.as_str().len());
    println!("{:?} {:?}", sum_numbers("a12b3 c400,x5"), sum_numbers("none"));
}
