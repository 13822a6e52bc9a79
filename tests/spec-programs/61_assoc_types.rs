// covers: user trait with associated type (type Output / type Key), generic functions over T: Trait with where clauses on associated types (T::Key: PartialOrd + Copy), impl blocks with where clauses, generic struct Indexed<T> with trait-bounded impl, trait implemented for Vec<Student> and for Option<&Student>, PartialOrd implemented by hand via partial_cmp on a bit-packed u64 key, std::cmp::Ordering match, generic max_by_key without closures, generic binary search over &[T] where T: Ord, Debug bound printing
use std::cmp::Ordering;
use std::fmt::Debug;

trait Keyed {
    type Key;
    fn key(&self) -> Self::Key;
}

trait Summary {
    type Output;
    fn summarize(&self) -> Self::Output;
}

#[derive(Debug, Clone)]
struct Student { name: String, grade: u32, age: u8 }

#[derive(Debug, Clone, Copy, PartialEq)]
struct Version { major: u16, minor: u16, patch: u16 }

impl Keyed for Student {
    type Key = u32;
    fn key(&self) -> u32 { self.grade }
}

impl Keyed for Version {
    type Key = u64;
    fn key(&self) -> u64 { ((self.major as u64) << 32) | ((self.minor as u64) << 16) | self.patch as u64 }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, o: &Version) -> Option<Ordering> {
        Some(self.key().cmp(&o.key()))
    }
}

impl Summary for Vec<Student> {
    type Output = (usize, f64);
    fn summarize(&self) -> (usize, f64) {
        let mut total = 0;
        for s in self { total += s.grade; }
        (self.len(), if self.is_empty() { 0.0 } else { total as f64 / self.len() as f64 })
    }
}

impl Summary for Version {
    type Output = String;
    fn summarize(&self) -> String { format!("v{}.{}.{}", self.major, self.minor, self.patch) }
}

fn max_by_key<T>(items: &[T]) -> Option<&T>
where
    T: Keyed,
    T::Key: PartialOrd,
{
    let mut best: Option<&T> = None;
    for it in items {
        best = match best {
            None => Some(it),
            Some(b) => if it.key() > b.key() { Some(it) } else { Some(b) },
        };
    }
    best
}

fn count_above<T: Keyed>(items: &[T], limit: T::Key) -> usize
where
    T::Key: PartialOrd + Copy,
{
    let mut n = 0;
    for it in items { if it.key() > limit { n += 1; } }
    n
}

fn report<S: Summary>(s: &S) -> S::Output where S::Output: Debug {
    let out = s.summarize();
    println!("summary: {:?}", out);
    out
}

fn bsearch<T: Ord + Debug>(xs: &[T], target: &T) -> Result<usize, usize> {
    let (mut lo, mut hi) = (0usize, xs.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match xs[mid].cmp(target) {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
            Ordering::Equal => return Ok(mid),
        }
    }
    Err(lo)
}

struct Indexed<T> { items: Vec<T> }

impl<T> Indexed<T> where T: Keyed + Debug, T::Key: PartialEq {
    fn find(&self, k: T::Key) -> Option<&T> {
        for it in &self.items { if it.key() == k { return Some(it); } }
        None
    }
}

fn main() {
    let class = vec![
        Student { name: "Ana".to_string(), grade: 88, age: 20 },
        Student { name: "Ben".to_string(), grade: 93, age: 22 },
        Student { name: "Cal".to_string(), grade: 71, age: 19 },
        Student { name: "Dee".to_string(), grade: 93, age: 21 },
    ];
    let top = max_by_key(&class).unwrap();
    println!("top: {} ({}, age {})", top.name, top.grade, top.age);
    println!("above 80: {}", count_above(&class, 80));
    let (n, avg) = report(&class);
    println!("{} students, avg {:.2}", n, avg);
    let versions = [
        Version { major: 1, minor: 4, patch: 2 }, Version { major: 2, minor: 0, patch: 0 },
        Version { major: 1, minor: 10, patch: 0 }, Version { major: 0, minor: 9, patch: 99 },
    ];
    println!("newest: {}", max_by_key(&versions).unwrap().summarize());
    println!("{} {}", versions[0] < versions[2], versions[1] > versions[3]);
    println!("{:?}", versions[0].partial_cmp(&versions[0]));
    let label = report(&versions[3]);
    println!("label len {}", label.len());
    let sorted = [2, 3, 5, 7, 11, 13, 17];
    for t in [7, 1, 20, 12] { println!("bsearch {} -> {:?}", t, bsearch(&sorted, &t)); }
    let words = ["ant", "bee", "cat", "dog"];
    println!("{:?} {:?}", bsearch(&words, &"cat"), bsearch(&words, &"cow"));
    let idx = Indexed { items: class.clone() };
    println!("{:?}", idx.find(71).map_or_none());
    println!("{}", idx.find(50).is_none());
    let empty: Vec<Student> = Vec::new();
    println!("{:?} {:?}", max_by_key(&empty).is_none(), empty.summarize());
}

trait MapOrNone { fn map_or_none(self) -> Option<String>; }
impl<'a> MapOrNone for Option<&'a Student> {
    fn map_or_none(self) -> Option<String> {
        match self { Some(s) => Some(s.name.clone()), None => None }
    }
}
