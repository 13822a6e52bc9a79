// covers: date arithmetic: days from civil and back with div_euclid/rem_euclid, leap years, day-of-week, derived Ord sort on dates, unreachable! in match guard
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date { y: i32, m: u32, d: u32 }

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn is_leap(y: i32) -> bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => unreachable!("month {}", m),
    }
}

impl Date {
    fn new(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) { return None; }
        Some(Date { y, m, d })
    }
    // days since 1970-01-01 (civil algorithm)
    fn to_days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y } as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (self.m as i64 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z.rem_euclid(146097);
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400) as i32 + if m <= 2 { 1 } else { 0 };
        Date { y, m, d }
    }
    fn weekday(self) -> &'static str { WEEKDAYS[(self.to_days() + 3).rem_euclid(7) as usize] }
    fn add_days(self, n: i64) -> Date { Date::from_days(self.to_days() + n) }
    fn day_of_year(self) -> u32 {
        let mut n = self.d;
        for m in 1..self.m { n += days_in_month(self.y, m); }
        n
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02} ({} {} {})", self.y, self.m, self.d, self.weekday(), self.d, MONTHS[self.m as usize - 1])
    }
}

fn main() {
    let a = Date::new(2024, 2, 29).unwrap();
    let b = Date::new(1969, 7, 20).unwrap();
    println!("{}\n{}", a, b);
    println!("between: {} days", a.to_days() - b.to_days());
    for n in [1i64, 365, 366, -60, 10000] { println!("{:>+6} -> {}", n, a.add_days(n)); }
    println!("{:?} {:?} {:?}", Date::new(2023, 2, 29), Date::new(2000, 2, 29).is_some(), Date::new(2024, 13, 1));
    for y in [1900, 2000, 2023, 2024, 2100] { print!("{}:{} ", y, if is_leap(y) { "leap" } else { "common" }); }
    println!();
    println!("doy {} {}", a.day_of_year(), Date::new(2023, 12, 31).unwrap().day_of_year());
    match a.cmp(&b) { Ordering::Less => println!("a<b"), Ordering::Equal => println!("a=b"), Ordering::Greater => println!("a>b") }
    let mut ds = vec![a, b, Date::from_days(0), Date::from_days(-1), Date::new(1600, 3, 1).unwrap()];
    ds.sort();
    for d in &ds { println!("{} #{}", d, d.to_days()); }
    let mut roundtrip_ok = true;
    let mut day = -800_000i64;
    while day < 800_000 {
        if Date::from_days(day).to_days() != day { roundtrip_ok = false; }
        day += 997;
    }
    println!("roundtrip {}", roundtrip_ok);
}
