// covers: newtype ids, derive(Default) with ..Default::default(), struct-style enum variants, error enum with Display, Result/?, ok_or, BTreeMap get_mut, partition into (Vec<_>, Vec<_>), fold over tuples, max_by_key, width/alignment formatting
// outsider: written by someone who never read Pyrite's dialect, prelude or tests (see README.md)
// A small in-memory bank ledger: accounts, transactions, and error handling.

use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct AccountId(u32);

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ACC-{:04}", self.0)
    }
}

#[derive(Debug, Clone)]
struct Account {
    id: AccountId,
    owner: String,
    balance_cents: i64,
    frozen: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Transaction {
    Deposit { to: AccountId, amount: i64 },
    Withdraw { from: AccountId, amount: i64 },
    Transfer { from: AccountId, to: AccountId, amount: i64 },
    Freeze(AccountId),
}

#[derive(Debug, Clone, PartialEq)]
enum LedgerError {
    NoSuchAccount(AccountId),
    InsufficientFunds { id: AccountId, needed: i64, available: i64 },
    InvalidAmount(i64),
    AccountFrozen(AccountId),
    SameAccount(AccountId),
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::NoSuchAccount(id) => write!(f, "account {} does not exist", id),
            LedgerError::InsufficientFunds { id, needed, available } => write!(
                f,
                "insufficient funds in {}: needed {}, available {}",
                id,
                money(*needed),
                money(*available)
            ),
            LedgerError::InvalidAmount(a) => write!(f, "invalid amount: {}", a),
            LedgerError::AccountFrozen(id) => write!(f, "account {} is frozen", id),
            LedgerError::SameAccount(id) => write!(f, "cannot transfer from {} to itself", id),
        }
    }
}

fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.abs();
    format!("{}${}.{:02}", sign, abs / 100, abs % 100)
}

#[derive(Default)]
struct Ledger {
    accounts: BTreeMap<AccountId, Account>,
    history: Vec<(Transaction, Result<(), LedgerError>)>,
    next_id: u32,
}

impl Ledger {
    fn new() -> Self {
        Ledger { next_id: 1, ..Default::default() }
    }

    fn open(&mut self, owner: &str, initial: i64) -> AccountId {
        let id = AccountId(self.next_id);
        self.next_id += 1;
        self.accounts.insert(
            id,
            Account { id, owner: owner.to_string(), balance_cents: initial, frozen: false },
        );
        id
    }

    fn account_mut(&mut self, id: AccountId) -> Result<&mut Account, LedgerError> {
        let acc = self.accounts.get_mut(&id).ok_or(LedgerError::NoSuchAccount(id))?;
        if acc.frozen {
            return Err(LedgerError::AccountFrozen(id));
        }
        Ok(acc)
    }

    fn check_amount(amount: i64) -> Result<i64, LedgerError> {
        if amount <= 0 {
            Err(LedgerError::InvalidAmount(amount))
        } else {
            Ok(amount)
        }
    }

    fn deposit(&mut self, to: AccountId, amount: i64) -> Result<(), LedgerError> {
        let amount = Self::check_amount(amount)?;
        self.account_mut(to)?.balance_cents += amount;
        Ok(())
    }

    fn withdraw(&mut self, from: AccountId, amount: i64) -> Result<(), LedgerError> {
        let amount = Self::check_amount(amount)?;
        let acc = self.account_mut(from)?;
        if acc.balance_cents < amount {
            return Err(LedgerError::InsufficientFunds {
                id: from,
                needed: amount,
                available: acc.balance_cents,
            });
        }
        acc.balance_cents -= amount;
        Ok(())
    }

    fn transfer(&mut self, from: AccountId, to: AccountId, amount: i64) -> Result<(), LedgerError> {
        if from == to {
            return Err(LedgerError::SameAccount(from));
        }
        // Validate the destination before touching the source so a failure
        // leaves both balances unchanged.
        self.account_mut(to)?;
        self.withdraw(from, amount)?;
        self.deposit(to, amount)
    }

    fn apply(&mut self, tx: Transaction) {
        let result = match tx {
            Transaction::Deposit { to, amount } => self.deposit(to, amount),
            Transaction::Withdraw { from, amount } => self.withdraw(from, amount),
            Transaction::Transfer { from, to, amount } => self.transfer(from, to, amount),
            Transaction::Freeze(id) => self.account_mut(id).map(|acc| acc.frozen = true),
        };
        self.history.push((tx, result));
    }

    fn total(&self) -> i64 {
        self.accounts.values().map(|a| a.balance_cents).sum()
    }
}

impl fmt::Display for Transaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Transaction::Deposit { to, amount } => write!(f, "deposit {} -> {}", money(*amount), to),
            Transaction::Withdraw { from, amount } => {
                write!(f, "withdraw {} <- {}", money(*amount), from)
            }
            Transaction::Transfer { from, to, amount } => {
                write!(f, "transfer {} {} -> {}", money(*amount), from, to)
            }
            Transaction::Freeze(id) => write!(f, "freeze {}", id),
        }
    }
}

fn main() {
    let mut ledger = Ledger::new();
    let alice = ledger.open("Alice", 10_000);
    let bob = ledger.open("Bob", 2_550);
    let carol = ledger.open("Carol", 0);
    let ghost = AccountId(99);

    let starting_total = ledger.total();

    let txs = vec![
        Transaction::Deposit { to: carol, amount: 1_234 },
        Transaction::Transfer { from: alice, to: bob, amount: 3_000 },
        Transaction::Withdraw { from: bob, amount: 10_000 },
        Transaction::Transfer { from: bob, to: bob, amount: 5 },
        Transaction::Deposit { to: ghost, amount: 100 },
        Transaction::Withdraw { from: carol, amount: -50 },
        Transaction::Transfer { from: carol, to: alice, amount: 1_000 },
        Transaction::Freeze(bob),
        Transaction::Transfer { from: alice, to: bob, amount: 100 },
        Transaction::Withdraw { from: alice, amount: 4_321 },
        Transaction::Transfer { from: alice, to: ghost, amount: 1 },
    ];

    for tx in txs {
        ledger.apply(tx);
    }

    println!("=== Transaction log ===");
    for (i, (tx, result)) in ledger.history.iter().enumerate() {
        match result {
            Ok(()) => println!("{:>2}. OK    {}", i + 1, tx),
            Err(e) => println!("{:>2}. FAIL  {} ({})", i + 1, tx, e),
        }
    }

    let (ok, failed): (Vec<_>, Vec<_>) = ledger.history.iter().partition(|(_, r)| r.is_ok());
    println!();
    println!("succeeded: {}, failed: {}", ok.len(), failed.len());

    // Only deposits and withdrawals move money across the bank's boundary.
    let (deposited, withdrawn) = ledger
        .history
        .iter()
        .filter(|(_, r)| r.is_ok())
        .fold((0i64, 0i64), |(d, w), (tx, _)| match tx {
            Transaction::Deposit { amount, .. } => (d + amount, w),
            Transaction::Withdraw { amount, .. } => (d, w + amount),
            _ => (d, w),
        });

    println!();
    println!("=== Balances ===");
    println!("{:<10} {:<8} {:>12} {}", "id", "owner", "balance", "status");
    for acc in ledger.accounts.values() {
        let status = if acc.frozen { "frozen" } else { "active" };
        println!("{:<10} {:<8} {:>12} {}", acc.id.to_string(), acc.owner, money(acc.balance_cents), status);
    }

    let richest = ledger.accounts.values().max_by_key(|a| a.balance_cents);
    if let Some(acc) = richest {
        println!("richest: {} ({})", acc.owner, money(acc.balance_cents));
    }

    println!();
    println!("starting total:  {}", money(starting_total));
    println!("deposits in:     {}", money(deposited));
    println!("withdrawals out: {}", money(withdrawn));
    println!("ending total:    {}", money(ledger.total()));
    let consistent = starting_total + deposited - withdrawn == ledger.total();
    println!("books balance:   {}", consistent);
}
