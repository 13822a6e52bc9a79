// covers: &str patterns over non-ASCII text where a candidate position falls inside a multi-byte char (find, rfind, contains, starts_with, ends_with, strip_prefix, strip_suffix, split, split_once, replace and replacen (also with an empty pattern), trim_start_matches), &[char] and [char; N] patterns in split and trim_matches; collections built from arrays with their element type inferred from the array (VecDeque::from, HashSet::from, BTreeMap::from)
use std::collections::{BTreeMap, HashSet, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Step {
    dx: i32,
    dy: i32,
}

fn main() {
    let s = String::from("Hällo, wörld! größer wörter");
    println!("{:?} {:?} {:?}", s.find("wö"), s.rfind("wö"), s.find("ör"));
    println!("{} {} {}", s.contains("ößer"), s.contains("öß "), s.starts_with("Hä"));
    println!("{} {} {:?}", s.ends_with("örter"), s.ends_with("rter"), s.strip_prefix("Hällo"));
    println!("{:?} {:?}", s.strip_suffix("wörter"), s.split_once("ö"));
    let parts: Vec<&str> = s.split("ö").collect();
    println!("{:?}", parts);
    println!("{} {} {}", s.replace("ö", "oe"), s.replacen("ö", "0", 2), "ab".replace("", "-"));
    println!("{:?}", "äääbä".trim_start_matches("ä"));
    let words: Vec<&str> = "a,b;c d".split(&[',', ';', ' '][..]).collect();
    let trimmed = "--==héllo==--".trim_matches(&['-', '='][..]);
    println!("{:?} {:?}", words, trimmed);
    let arr_pat: Vec<&str> = "x.y:z".split(['.', ':']).collect();
    println!("{:?}", arr_pat);

    let mut queue = VecDeque::from([Step { dx: 1, dy: 0 }, Step { dx: 0, dy: 1 }]);
    queue.push_front(Step { dx: -1, dy: 0 });
    let first = queue.pop_front().unwrap();
    println!("{} {} {:?}", first.dx, queue.len(), queue.back().map_or_default());
    let seen = HashSet::from([Step { dx: 1, dy: 1 }, Step { dx: 2, dy: 2 }, Step { dx: 1, dy: 1 }]);
    println!("{} {}", seen.len(), seen.contains(&Step { dx: 2, dy: 2 }));
    let names = BTreeMap::from([(3, "three"), (1, "one"), (2, "two")]);
    let total: i32 = names.keys().sum();
    println!("{:?} {} {}", names, total, names[&2]);
}

trait MapOrDefault {
    fn map_or_default(self) -> i32;
}
impl MapOrDefault for Option<&Step> {
    fn map_or_default(self) -> i32 {
        match self {
            Some(s) => s.dx * 10 + s.dy,
            None => -1,
        }
    }
}
