// covers: panic from Result::expect on Err with a custom enum struct variant Debug-printed in the message (exit 101), eprintln! before the panic, array of Results printed with {:?}, Display impl on the error enum, for over an array of tuples by value
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum TxError { Overdraft { account: u32, short_by: i64 }, Locked(String) }

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TxError::Overdraft { account, short_by } => write!(f, "account {} short by {}", account, short_by),
            TxError::Locked(why) => write!(f, "locked: {}", why),
        }
    }
}

struct Ledger { balances: Vec<i64>, locked: Vec<bool> }

impl Ledger {
    fn withdraw(&mut self, acct: usize, amt: i64) -> Result<i64, TxError> {
        if self.locked[acct] {
            return Err(TxError::Locked(format!("account {} under review", acct)));
        }
        let b = self.balances[acct];
        if b < amt {
            return Err(TxError::Overdraft { account: acct as u32, short_by: amt - b });
        }
        self.balances[acct] = b - amt;
        Ok(self.balances[acct])
    }
}

fn main() {
    let mut l = Ledger { balances: vec![100, 50, 0], locked: vec![false, true, false] };
    match l.withdraw(1, 10) {
        Ok(b) => println!("ok {}", b),
        Err(e) => println!("handled: {}", e),
    }
    let results = [l.withdraw(0, 30), l.withdraw(0, 80), l.withdraw(2, 0)];
    for r in results.iter() {
        println!("{:?}", r);
    }
    eprintln!("warning: about to force withdrawals");
    let plan = [(0usize, 20i64), (0, 40), (0, 25)];
    for (acct, amt) in plan {
        let left = l.withdraw(acct, amt).expect("forced withdrawal failed");
        println!("withdrew {} from {}, {} left", amt, acct, left);
    }
    println!("done");
}
