// covers: inline mod blocks, pub fn, pub struct with pub and private fields, pub enum, nested modules, use self::primes::is_prime, use super::gcd, use crate::..., paths like geometry::shapes::area, pub const in modules, impl blocks inside modules, private helper functions, same function name in different modules, use ... as alias, use of a module's types from main
mod math {
    use self::primes::is_prime;

    pub const GOLDEN: f64 = 1.618033988749895;

    pub fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }

    pub fn lcm(a: u64, b: u64) -> u64 {
        a / gcd(a, b) * b
    }

    fn square(x: i64) -> i64 {
        x * x
    }

    pub fn prime_count(below: u64) -> usize {
        let mut c = 0;
        for n in 0..below {
            if is_prime(n) {
                c += 1;
            }
        }
        c
    }

    pub fn sum_of_squares(n: i64) -> i64 {
        let mut s = 0;
        for i in 1..=n {
            s += square(i);
        }
        s
    }

    pub mod primes {
        use super::gcd;

        pub fn is_prime(n: u64) -> bool {
            if n < 2 {
                return false;
            }
            let mut d = 2;
            while d * d <= n {
                if n % d == 0 {
                    return false;
                }
                d += 1;
            }
            true
        }

        pub fn coprime(a: u64, b: u64) -> bool {
            gcd(a, b) == 1
        }

        pub fn nth(n: usize) -> u64 {
            let mut count = 0;
            let mut k = 1;
            while count < n {
                k += 1;
                if is_prime(k) {
                    count += 1;
                }
            }
            k
        }
    }
}

mod bank {
    #[derive(Debug)]
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    #[derive(Debug, PartialEq)]
    pub enum Error {
        Insufficient,
        Invalid,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }

        pub fn deposit(&mut self, amt: i64) -> Result<i64, Error> {
            self::validate(amt)?;
            self.balance += amt;
            Ok(self.balance)
        }

        pub fn withdraw(&mut self, amt: i64) -> Result<i64, Error> {
            validate(amt)?;
            if amt > self.balance {
                return Err(Error::Insufficient);
            }
            self.balance -= amt;
            Ok(self.balance)
        }
    }

    fn validate(amt: i64) -> Result<(), Error> {
        if amt <= 0 { Err(Error::Invalid) } else { Ok(()) }
    }
}

mod geometry {
    pub mod shapes {
        #[derive(Debug, Clone, Copy)]
        pub struct Square(pub f64);

        pub fn area(s: &Square) -> f64 {
            s.0 * s.0
        }
    }

    pub mod report {
        use crate::geometry::shapes::{self, Square};

        pub fn describe(s: &Square) -> String {
            format!("square side {} area {}", s.0, shapes::area(s))
        }

        pub fn area(s: &Square) -> f64 {
            // same name as shapes::area, different module
            shapes::area(s) * 2.0
        }
    }
}

use geometry::report;
use geometry::shapes::Square;
use math::primes::{self as pr, is_prime};

fn main() {
    println!("gcd {} lcm {}", math::gcd(84, 36), math::lcm(4, 6));
    println!("sum of squares {}", math::sum_of_squares(10));
    println!("golden {:.5}", math::GOLDEN);
    print!("primes below 40:");
    for n in 0..40 {
        if is_prime(n) {
            print!(" {}", n);
        }
    }
    println!();
    println!("coprime(14, 15) {} coprime(14, 21) {}", pr::coprime(14, 15), math::primes::coprime(14, 21));
    println!("100th prime {}", pr::nth(100));
    println!("primes below 1000: {}", math::prime_count(1000));

    let mut acct = bank::Account::open("Grace");
    println!("deposit {:?}", acct.deposit(500));
    println!("withdraw {:?}", acct.withdraw(200));
    println!("withdraw {:?}", acct.withdraw(1000));
    println!("deposit {:?}", acct.deposit(-5));
    println!("owner {} balance {}", acct.owner, acct.balance());
    println!("error eq {}", acct.withdraw(0) == Err(bank::Error::Invalid));
    println!("{:?}", acct);

    let sq = Square(3.0);
    println!("{}", report::describe(&sq));
    println!("shapes::area {} report::area {}", geometry::shapes::area(&sq), report::area(&sq));
}
