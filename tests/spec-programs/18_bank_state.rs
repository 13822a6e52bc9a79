// covers: struct with array of structs, &mut self methods returning Result, enum error types, enum transaction log, match with guards on struct fields, Option<usize> lookups, associated consts in impl, methods calling other methods, early returns
#[derive(Debug, Clone, Copy, PartialEq)]
enum TxError {
    NoSuchAccount(u32),
    Insufficient { need: i64, have: i64 },
    Frozen(u32),
    Full,
}

#[derive(Debug, Clone, Copy)]
enum Tx {
    Deposit(u32, i64),
    Withdraw(u32, i64),
    Transfer { from: u32, to: u32, amount: i64 },
    Freeze(u32),
}

#[derive(Debug, Clone, Copy)]
struct Account {
    id: u32,
    balance: i64,
    frozen: bool,
}

struct Bank {
    accounts: [Account; 8],
    count: usize,
    applied: u32,
    failed: u32,
}

impl Bank {
    const CAPACITY: usize = 8;

    fn new() -> Bank {
        Bank {
            accounts: [Account { id: 0, balance: 0, frozen: false }; 8],
            count: 0,
            applied: 0,
            failed: 0,
        }
    }

    fn open(&mut self, id: u32, initial: i64) -> Result<usize, TxError> {
        if self.count == Bank::CAPACITY {
            return Err(TxError::Full);
        }
        self.accounts[self.count] = Account { id, balance: initial, frozen: false };
        self.count += 1;
        Ok(self.count - 1)
    }

    fn find(&self, id: u32) -> Option<usize> {
        for i in 0..self.count {
            if self.accounts[i].id == id {
                return Some(i);
            }
        }
        None
    }

    fn lookup(&self, id: u32) -> Result<usize, TxError> {
        match self.find(id) {
            Some(i) if self.accounts[i].frozen => Err(TxError::Frozen(id)),
            Some(i) => Ok(i),
            None => Err(TxError::NoSuchAccount(id)),
        }
    }

    fn apply(&mut self, tx: Tx) -> Result<(), TxError> {
        match tx {
            Tx::Deposit(id, amt) => {
                let i = self.lookup(id)?;
                self.accounts[i].balance += amt;
            }
            Tx::Withdraw(id, amt) => {
                let i = self.lookup(id)?;
                let have = self.accounts[i].balance;
                if have < amt {
                    return Err(TxError::Insufficient { need: amt, have });
                }
                self.accounts[i].balance -= amt;
            }
            Tx::Transfer { from, to, amount } => {
                let a = self.lookup(from)?;
                let b = self.lookup(to)?;
                if self.accounts[a].balance < amount {
                    return Err(TxError::Insufficient { need: amount, have: self.accounts[a].balance });
                }
                self.accounts[a].balance -= amount;
                self.accounts[b].balance += amount;
            }
            Tx::Freeze(id) => {
                let i = self.lookup(id)?;
                self.accounts[i].frozen = true;
            }
        }
        Ok(())
    }

    fn process(&mut self, tx: Tx) {
        match self.apply(tx) {
            Ok(()) => {
                self.applied += 1;
                println!("ok    {:?}", tx);
            }
            Err(e) => {
                self.failed += 1;
                println!("fail  {:?} -> {:?}", tx, e);
            }
        }
    }

    fn total(&self) -> i64 {
        let mut t = 0;
        for i in 0..self.count {
            t += self.accounts[i].balance;
        }
        t
    }

    fn report(&self) {
        for i in 0..self.count {
            let a = &self.accounts[i];
            let status = if a.frozen { "frozen" } else { "active" };
            println!("  account {} balance {} {}", a.id, a.balance, status);
        }
        println!("  total {} applied {} failed {}", self.total(), self.applied, self.failed);
    }
}

fn main() {
    let mut bank = Bank::new();
    for k in 1..=4u32 {
        let slot = bank.open(100 + k, k as i64 * 250).unwrap();
        println!("opened {} at slot {}", 100 + k, slot);
    }
    let txs = [
        Tx::Deposit(101, 50),
        Tx::Withdraw(102, 600),
        Tx::Transfer { from: 104, to: 101, amount: 300 },
        Tx::Transfer { from: 101, to: 999, amount: 1 },
        Tx::Freeze(103),
        Tx::Deposit(103, 10),
        Tx::Transfer { from: 102, to: 103, amount: 10 },
        Tx::Withdraw(104, 700),
        Tx::Withdraw(104, 701),
        Tx::Deposit(105, 5),
    ];
    for i in 0..txs.len() {
        bank.process(txs[i]);
    }
    bank.report();
    for k in 0..5u32 {
        match bank.open(200 + k, 1) {
            Ok(s) => println!("opened {} at slot {}", 200 + k, s),
            Err(e) => println!("cannot open {}: {:?}", 200 + k, e),
        }
    }
    println!("capacity {} count {}", Bank::CAPACITY, bank.count);
    let e = TxError::Insufficient { need: 5, have: 2 };
    if let TxError::Insufficient { need, have } = e {
        println!("short by {}", need - have);
    }
}
