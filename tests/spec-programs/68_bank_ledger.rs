// covers: trait Account with default methods and &mut self, Vec<Box<dyn Account>> of two impls, custom error enum with impl Display and struct variants, Result<(), BankError> with ? chains across methods, transfers between indices with split borrows avoided by two-phase withdraw/deposit and rollback, u64 cents arithmetic with checked_sub/checked_add, transaction log Vec<(u32, String, i64)>, {:>10} money formatting, early returns, match on Result with error kinds
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    Frozen(u32),
    NoSuchAccount(usize),
    Overflow,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::Insufficient { needed, available } =>
                write!(f, "insufficient funds: need {} have {}", money(*needed), money(*available)),
            BankError::Frozen(id) => write!(f, "account {} is frozen", id),
            BankError::NoSuchAccount(i) => write!(f, "no account at index {}", i),
            BankError::Overflow => write!(f, "balance overflow"),
        }
    }
}

fn money(c: u64) -> String { format!("${}.{:02}", c / 100, c % 100) }

trait Account {
    fn id(&self) -> u32;
    fn balance(&self) -> u64;
    fn set_balance(&mut self, b: u64);
    fn frozen(&self) -> bool { false }
    fn kind(&self) -> &'static str;
    fn withdraw(&mut self, amt: u64) -> Result<u64, BankError> {
        if self.frozen() { return Err(BankError::Frozen(self.id())); }
        let b = self.balance();
        let nb = b.checked_sub(amt).ok_or(BankError::Insufficient { needed: amt, available: b })?;
        self.set_balance(nb);
        Ok(nb)
    }
    fn deposit(&mut self, amt: u64) -> Result<u64, BankError> {
        if self.frozen() { return Err(BankError::Frozen(self.id())); }
        let nb = self.balance().checked_add(amt).ok_or(BankError::Overflow)?;
        self.set_balance(nb);
        Ok(nb)
    }
}

struct Checking { id: u32, cents: u64, overdraft: u64 }
struct Savings { id: u32, cents: u64, locked: bool }

impl Account for Checking {
    fn id(&self) -> u32 { self.id }
    fn balance(&self) -> u64 { self.cents }
    fn set_balance(&mut self, b: u64) { self.cents = b; }
    fn kind(&self) -> &'static str { "checking" }
    fn withdraw(&mut self, amt: u64) -> Result<u64, BankError> {
        if amt > self.cents + self.overdraft {
            return Err(BankError::Insufficient { needed: amt, available: self.cents + self.overdraft });
        }
        if amt > self.cents { self.overdraft -= amt - self.cents; self.cents = 0; } else { self.cents -= amt; }
        Ok(self.cents)
    }
}

impl Account for Savings {
    fn id(&self) -> u32 { self.id }
    fn balance(&self) -> u64 { self.cents }
    fn set_balance(&mut self, b: u64) { self.cents = b; }
    fn frozen(&self) -> bool { self.locked }
    fn kind(&self) -> &'static str { "savings" }
}

struct Bank { accounts: Vec<Box<dyn Account>>, log: Vec<(u32, String, i64)> }

impl Bank {
    fn get(&mut self, i: usize) -> Result<&mut Box<dyn Account>, BankError> {
        if i >= self.accounts.len() { return Err(BankError::NoSuchAccount(i)); }
        Ok(&mut self.accounts[i])
    }
    fn transfer(&mut self, from: usize, to: usize, amt: u64) -> Result<(), BankError> {
        self.get(to)?;
        let src = self.get(from)?;
        src.withdraw(amt)?;
        let src_id = src.id();
        if let Err(e) = self.accounts[to].deposit(amt) {
            self.accounts[from].deposit(amt)?;
            return Err(e);
        }
        let dst_id = self.accounts[to].id();
        self.log.push((src_id, format!("to {}", dst_id), -(amt as i64)));
        self.log.push((dst_id, format!("from {}", src_id), amt as i64));
        Ok(())
    }
    fn print(&self) {
        for a in &self.accounts {
            println!("  #{:<3} {:<9} {:>12}{}", a.id(), a.kind(), money(a.balance()), if a.frozen() { " (frozen)" } else { "" });
        }
    }
}

fn main() {
    let mut bank = Bank { accounts: Vec::new(), log: Vec::new() };
    bank.accounts.push(Box::new(Checking { id: 1, cents: 10_000, overdraft: 5_000 }));
    bank.accounts.push(Box::new(Savings { id: 2, cents: 250_075, locked: false }));
    bank.accounts.push(Box::new(Savings { id: 3, cents: 99, locked: true }));
    bank.accounts.push(Box::new(Checking { id: 4, cents: u64::MAX - 10, overdraft: 0 }));
    bank.print();
    let plan = [(0, 1, 12_000), (0, 1, 4_000), (1, 0, 50_025), (1, 2, 100), (2, 0, 1), (1, 7, 5), (1, 3, 11), (0, 1, 3_000)];
    for &(f, t, amt) in plan.iter() {
        match bank.transfer(f, t, amt) {
            Ok(()) => println!("ok   {} -> {} {}", f, t, money(amt)),
            Err(e) => println!("fail {} -> {} {}: {}", f, t, money(amt), e),
        }
    }
    bank.print();
    for (id, what, delta) in &bank.log {
        println!("{:>3} {:<8} {:>+10}", id, what, delta);
    }
    println!("{:?}", bank.accounts[1].withdraw(1_000_000_000));
    println!("{}", bank.transfer(9, 0, 1) == Err(BankError::NoSuchAccount(9)));
}
