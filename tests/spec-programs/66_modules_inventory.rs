// covers: nested modules (mod a { pub mod b { ... } }), pub(crate) items, use with braces and self, super:: paths, crate:: paths, pub struct with private fields and constructor, impl Display inside a module, module-level consts and statics, enum in module with impl, same fn name in sibling modules, use ... as alias, re-export with pub use, struct update syntax with ..Default::default()
mod inventory {
    pub const MAX_QTY: u32 = 500;

    pub mod item {
        use std::fmt;

        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct Item {
            pub name: String,
            pub qty: u32,
            pub price_cents: u64,
            pub tags: Vec<String>,
            pub(crate) hidden: bool,
        }

        impl Item {
            pub fn new(name: &str, qty: u32, price_cents: u64) -> Item {
                Item { name: name.to_string(), qty: qty.min(super::MAX_QTY), price_cents, ..Default::default() }
            }
            pub fn value(&self) -> u64 {
                self.qty as u64 * self.price_cents
            }
        }

        impl fmt::Display for Item {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{:<10} x{:>4} @ {}", self.name, self.qty, crate::money::format_cents(self.price_cents))
            }
        }
    }

    pub mod store {
        use super::item::Item;

        pub struct Store {
            items: Vec<Item>,
            pub name: String,
        }

        impl Store {
            pub fn new(name: &str) -> Self {
                Store { items: Vec::new(), name: String::from(name) }
            }
            pub fn add(&mut self, it: Item) {
                for existing in self.items.iter_mut() {
                    if existing.name == it.name {
                        existing.qty = (existing.qty + it.qty).min(super::MAX_QTY);
                        return;
                    }
                }
                self.items.push(it);
            }
            pub fn take(&mut self, name: &str, n: u32) -> Result<u32, String> {
                let idx = find(&self.items, name).ok_or(format!("no item {}", name))?;
                let it = &mut self.items[idx];
                if it.qty < n {
                    return Err(format!("only {} {} left", it.qty, it.name));
                }
                it.qty -= n;
                Ok(it.qty)
            }
            pub fn total(&self) -> u64 {
                let mut t = 0;
                for it in &self.items { if !it.hidden { t += it.value(); } }
                t
            }
            pub fn items(&self) -> &[Item] { &self.items }
        }

        fn find(items: &[Item], name: &str) -> Option<usize> {
            for (i, it) in items.iter().enumerate() {
                if it.name == name { return Some(i); }
            }
            None
        }
    }

    pub use self::store::Store;
}

mod money {
    pub fn format_cents(c: u64) -> String {
        format!("${}.{:02}", c / 100, c % 100)
    }
    pub mod tax {
        pub fn apply(c: u64, percent: u64) -> u64 { c + c * percent / 100 }
        pub fn format_cents(c: u64) -> String { format!("{} (taxed)", super::format_cents(c)) }
    }
}

use inventory::item::Item;
use inventory::Store;
use money::{format_cents as fc, tax};

fn main() {
    let mut s = Store::new("corner shop");
    s.add(Item::new("apple", 40, 35));
    s.add(Item::new("bread", 5, 249));
    s.add(Item::new("apple", 480, 35));
    let mut secret = Item::new("gold", 1, 99_999);
    secret.hidden = true;
    s.add(secret);
    s.add(Item { tags: vec!["fresh".to_string()], ..Item::new("milk", 12, 119) });
    println!("== {} ==", s.name);
    for it in s.items() {
        println!("{} tags={:?}", it, it.tags);
    }
    println!("total {}", fc(s.total()));
    println!("with tax {}", tax::format_cents(tax::apply(s.total(), 8)));
    for (name, n) in [("bread", 2), ("bread", 4), ("fish", 1), ("apple", 500)] {
        match s.take(name, n) {
            Ok(left) => println!("took {} {}, {} left", n, name, left),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("max qty {} / total {}", inventory::MAX_QTY, money::format_cents(s.total()));
    let d = Item::default();
    println!("{:?}", d);
}
