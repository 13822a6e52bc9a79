// macro_rules! generating items: structs with impls, functions, trait impls for several
// types, methods inside impl blocks (`impl Trait for X { common!(); }`), enums with Display,
// constants, macros defined in function bodies and modules (#[macro_use], #[macro_export]
// with $crate), macros that define macros, and macros in type and pattern position.
use std::fmt;

macro_rules! point_struct {
    ($name:ident { $($field:ident),+ }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        struct $name {
            $($field: i64),+
        }

        impl $name {
            fn new($($field: i64),+) -> $name {
                $name { $($field),+ }
            }
            fn sum(&self) -> i64 {
                0 $(+ self.$field)+
            }
        }
    };
}

point_struct!(P2 { x, y });
point_struct!(P3 { x, y, z });

macro_rules! make_fns {
    ($($name:ident => $val:expr;)*) => {
        $(
            fn $name() -> i32 {
                $val
            }
        )*
    };
}

make_fns! {
    one => 1;
    two => 1 + 1;
    forty_two => 6 * 7;
}

trait Item {
    fn sku(&self) -> &str;
    fn name(&self) -> &str;
    fn price(&self) -> f64;
    fn label(&self) -> String {
        format!("[{}] {} @ {:.2}", self.sku(), self.name(), self.price())
    }
}

macro_rules! common_item_impl {
    () => {
        fn sku(&self) -> &str {
            &self.sku
        }
        fn name(&self) -> &str {
            &self.name
        }
    };
}

struct Gadget {
    sku: String,
    name: String,
    base: f64,
}

struct Food {
    sku: String,
    name: String,
    grams: u32,
}

impl Item for Gadget {
    common_item_impl!();
    fn price(&self) -> f64 {
        self.base * 1.2
    }
}

impl Item for Food {
    common_item_impl!();
    fn price(&self) -> f64 {
        self.grams as f64 / 100.0
    }
    fn label(&self) -> String {
        format!("{} ({} g)", self.name, self.grams)
    }
}

macro_rules! getters {
    ($t:ty { $($f:ident : $ft:ty),* }) => {
        impl $t {
            $(
                fn $f(&self) -> $ft {
                    self.$f
                }
            )*
        }
    };
}

struct Config {
    width: u32,
    height: u32,
    ratio: f64,
}

getters!(Config { width: u32, height: u32, ratio: f64 });

trait Shape {
    fn area(&self) -> f64;
}

macro_rules! impl_shape {
    ($($t:ident => |$s:ident| $body:expr),+ $(,)?) => {
        $(
            impl Shape for $t {
                fn area(&self) -> f64 {
                    let $s = self;
                    $body
                }
            }
        )+
    };
}

struct Square(f64);
struct Rect(f64, f64);

impl_shape! {
    Square => |s| s.0 * s.0,
    Rect => |r| r.0 * r.1,
}

macro_rules! c_enum {
    ($name:ident { $($v:ident = $text:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum $name {
            $($v),*
        }
        impl $name {
            fn all() -> Vec<$name> {
                vec![$($name::$v),*]
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                match *self {
                    $($name::$v => write!(f, "{}", $text)),*
                }
            }
        }
    };
}

c_enum!(Color { Red = "red", Green = "green", Blue = "blue" });

macro_rules! consts {
    ($($n:ident: $t:ty = $v:expr),*) => { $(const $n: $t = $v;)* };
}

consts!(LIMIT: usize = 3, SCALE: f64 = 2.5);

macro_rules! def_const_macro {
    ($name:ident, $val:expr) => {
        macro_rules! $name {
            () => { $val };
        }
    };
}

def_const_macro!(seven, 7);

#[macro_use]
mod helpers {
    macro_rules! doubled {
        ($e:expr) => { 2 * $e };
    }
    pub fn quad(x: i32) -> i32 {
        doubled!(doubled!(x))
    }
}

#[macro_export]
macro_rules! exported_greet {
    ($who:expr) => { $crate::greeting($who) };
}

fn greeting(who: &str) -> String {
    format!("hello, {}", who)
}

mod later {
    pub fn uses_outer() -> i32 {
        // Defined before this module in the parent: visible here.
        doubled!(21) + seven!()
    }
}

macro_rules! pair_ty {
    ($t:ty) => { ($t, $t) };
}

macro_rules! small {
    () => { 0..=9 };
}

fn classify(n: i32) -> &'static str {
    match n {
        small!() => "small",
        _ => "big",
    }
}

fn main() {
    let a = P2::new(3, 4);
    let b = P3::new(1, 2, 3);
    println!("{:?} sum={} {:?} sum={}", a, a.sum(), b, b.sum());
    println!("{} {} {}", one(), two(), forty_two());

    let items: Vec<Box<dyn Item>> = vec![
        Box::new(Gadget { sku: "G-1".to_string(), name: "Widget".to_string(), base: 10.0 }),
        Box::new(Food { sku: "F-9".to_string(), name: "Rice".to_string(), grams: 750 }),
    ];
    for it in &items {
        println!("{} / {}", it.label(), it.sku());
    }

    let c = Config { width: 640, height: 480, ratio: 1.5 };
    println!("{}x{} ratio {}", c.width(), c.height(), c.ratio());

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(3.0)), Box::new(Rect(2.0, 5.5))];
    for s in &shapes {
        println!("area {:.2}", s.area());
    }

    for col in Color::all() {
        println!("{} {:?}", col, col);
    }
    println!("LIMIT={} SCALE={}", LIMIT, SCALE);
    println!("seven = {}", seven!());
    println!("quad(5) = {}, doubled = {}", helpers::quad(5), doubled!(8));
    println!("{}", exported_greet!("world"));
    println!("uses_outer = {}", later::uses_outer());

    macro_rules! local_inc {
        ($v:ident) => {
            $v += 1
        };
    }
    let mut counter = 0;
    for _ in 0..LIMIT {
        local_inc!(counter);
    }
    println!("counter = {}", counter);

    let p: pair_ty!(i32) = (4, 5);
    println!("{:?}", p);
    println!("{} {}", classify(4), classify(40));
}
