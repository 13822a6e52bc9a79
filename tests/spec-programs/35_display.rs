// covers: impl fmt::Display for structs and enums with write!(f, ...), write! returning fmt::Result with ?, writeln!-free multi-part Display using several write! calls, Display used by {} and to_string(), Display of nested Display types, Display and Debug on the same type, Display for a generic wrapper with T: Display bound, format! of Display types, Display inside Vec via loop
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        write!(f, "{}${}.{:02}", sign, abs / 100, abs % 100)
    }
}

#[derive(Debug)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug)]
struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Suit::Hearts => write!(f, "H"),
            Suit::Spades => write!(f, "S"),
        }
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = match self.rank {
            1 => "A".to_string(),
            11 => "J".to_string(),
            12 => "Q".to_string(),
            13 => "K".to_string(),
            n => n.to_string(),
        };
        write!(f, "{}{}", r, self.suit)
    }
}

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            write!(f, "[")?;
            for c in 0..self.cols {
                if c > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{:6.2}", self.data[r * self.cols + c])?;
            }
            write!(f, "]")?;
            if r + 1 < self.rows {
                write!(f, "\n")?;
            }
        }
        Ok(())
    }
}

struct Labeled<T> {
    label: String,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}: {}>", self.label, self.value)
    }
}

struct Invoice {
    lines: Vec<(String, Money)>,
}

impl fmt::Display for Invoice {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut total = 0;
        for (name, m) in self.lines.iter() {
            write!(f, "{:<10}{:>10}\n", name, m.to_string())?;
            total += m.cents;
        }
        write!(f, "{:<10}{:>10}", "TOTAL", Money { cents: total }.to_string())
    }
}

fn main() {
    let m = Money { cents: 123456 };
    let n = Money { cents: -5 };
    println!("{} and {}", m, n);
    println!("debug {:?}", m);
    let s = m.to_string();
    println!("to_string len {} -> {}", s.len(), s);
    println!("formatted: {}", format!("[{}]", n));

    let hand = vec![
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 12, suit: Suit::Hearts },
        Card { rank: 7, suit: Suit::Spades },
    ];
    let mut shown = Vec::new();
    for c in hand.iter() {
        shown.push(c.to_string());
    }
    println!("hand: {}", shown.join(" "));
    println!("first card debug: {:?}", hand[0]);

    let mx = Matrix { rows: 2, cols: 3, data: vec![1.0, -2.5, 3.14159, 100.0, 0.0, -0.125] };
    println!("{}", mx);

    let a = Labeled { label: String::from("price"), value: Money { cents: 999 } };
    let b = Labeled { label: "count".to_string(), value: 42 };
    let c = Labeled { label: "nested".to_string(), value: Labeled { label: "card".to_string(), value: Card { rank: 13, suit: Suit::Hearts } } };
    println!("{} {} {}", a, b, c);

    let inv = Invoice {
        lines: vec![
            (String::from("coffee"), Money { cents: 350 }),
            (String::from("bagel"), Money { cents: 275 }),
            (String::from("refund"), Money { cents: -100 }),
        ],
    };
    println!("{}", inv);
    let text = inv.to_string();
    println!("invoice has {} lines", text.split_whitespace().count() / 2);
}
