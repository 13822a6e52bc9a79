// covers: Option<T> construction Some/None, match on Option, unwrap, unwrap_or, is_some, is_none, ? on Option inside Option-returning fn, Option of struct, Option in struct fields, nested Option, {:?} on Option, Option comparisons ==, take() on Option field, expect
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    id: u32,
    weight: u32,
}

struct Slot {
    item: Option<Item>,
    label: char,
}

fn find_index(haystack: &[i32; 8], needle: i32) -> Option<usize> {
    for i in 0..haystack.len() {
        if haystack[i] == needle {
            return Some(i);
        }
    }
    None
}

fn safe_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn parse_digit(c: char) -> Option<u32> {
    if c >= '0' && c <= '9' { Some(c as u32 - '0' as u32) } else { None }
}

fn two_digit(a: char, b: char) -> Option<u32> {
    let hi = parse_digit(a)?;
    let lo = parse_digit(b)?;
    Some(hi * 10 + lo)
}

fn div_chain(x: i32, d1: i32, d2: i32) -> Option<i32> {
    let first = safe_div(x, d1)?;
    let second = safe_div(first, d2)?;
    Some(second + 1)
}

fn heaviest(slots: &[Slot; 4]) -> Option<Item> {
    let mut best: Option<Item> = None;
    for i in 0..slots.len() {
        if let Some(it) = slots[i].item {
            match best {
                None => best = Some(it),
                Some(b) if it.weight > b.weight => best = Some(it),
                Some(_) => {}
            }
        }
    }
    best
}

fn main() {
    let hay = [4, 8, 15, 16, 23, 42, 8, 0];
    println!("find 15 -> {:?}", find_index(&hay, 15));
    println!("find 99 -> {:?}", find_index(&hay, 99));
    println!("find 8 unwrap -> {}", find_index(&hay, 8).unwrap());
    println!("find 99 unwrap_or -> {}", find_index(&hay, 99).unwrap_or(999));
    println!("is_some {} is_none {}", find_index(&hay, 42).is_some(), find_index(&hay, 42).is_none());

    println!("safe_div(7, 2) = {:?}", safe_div(7, 2));
    println!("safe_div(7, 0) = {:?}", safe_div(7, 0));
    match safe_div(100, 7) {
        Some(q) => println!("quotient {}", q),
        None => println!("division by zero"),
    }

    let pairs = [('4', '2'), ('x', '1'), ('9', '?'), ('0', '7')];
    for i in 0..pairs.len() {
        let (a, b) = pairs[i];
        println!("two_digit({:?}, {:?}) = {:?}", a, b, two_digit(a, b));
    }
    println!("div_chain(100, 5, 2) = {:?}", div_chain(100, 5, 2));
    println!("div_chain(100, 0, 2) = {:?}", div_chain(100, 0, 2));
    println!("div_chain(100, 5, 0) = {:?}", div_chain(100, 5, 0));

    let mut slots = [
        Slot { item: Some(Item { id: 1, weight: 30 }), label: 'a' },
        Slot { item: None, label: 'b' },
        Slot { item: Some(Item { id: 3, weight: 75 }), label: 'c' },
        Slot { item: Some(Item { id: 4, weight: 50 }), label: 'd' },
    ];
    println!("heaviest = {:?}", heaviest(&slots));
    let taken = slots[2].item.take();
    println!("taken from {} = {:?}, now {:?}", slots[2].label, taken, slots[2].item);
    println!("heaviest after take = {:?}", heaviest(&slots));
    for i in 0..slots.len() {
        let w = match slots[i].item {
            Some(Item { weight, .. }) => weight,
            None => 0,
        };
        println!("slot {} weight {}", slots[i].label, w);
    }

    let nested: Option<Option<i32>> = Some(None);
    println!("nested = {:?}", nested);
    match nested {
        Some(Some(v)) => println!("value {}", v),
        Some(None) => println!("inner none"),
        None => println!("outer none"),
    }
    println!("Some(3) == Some(3): {}, Some(3) == None: {}", Some(3) == Some(3), Some(3) == None);
    let e: Option<f64> = Some(2.5);
    println!("expect = {}", e.expect("should be there"));
    let ch: Option<char> = None;
    println!("char or default = {}", ch.unwrap_or('-'));
}
