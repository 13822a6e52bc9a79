// covers: bank simulation with two custom error enums (struct and tuple variants), impl Display for each, impl From<ParseIntError> and From<AccountError> so ? converts, .into() on errors, Result<&mut Account, _> lookups, checked_sub with ok_or, transfer with rollback via expect, command parsing by split(' ') and match on length with guards, ParseIntError messages, money formatting
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, Clone, PartialEq)]
enum AccountError {
    Insufficient { needed: u64, available: u64 },
    Frozen(u32),
    NoSuchAccount(u32),
}

#[derive(Debug)]
enum CommandError {
    Parse(ParseIntError),
    Account(AccountError),
    Syntax(String),
}

impl fmt::Display for AccountError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AccountError::Insufficient { needed, available } => {
                write!(f, "insufficient funds: need {}, have {}", cents(*needed), cents(*available))
            }
            AccountError::Frozen(id) => write!(f, "account {} is frozen", id),
            AccountError::NoSuchAccount(id) => write!(f, "no account #{}", id),
        }
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CommandError::Parse(e) => write!(f, "bad number: {}", e),
            CommandError::Account(e) => write!(f, "account error: {}", e),
            CommandError::Syntax(s) => write!(f, "syntax error in {:?}", s),
        }
    }
}

impl From<ParseIntError> for CommandError {
    fn from(e: ParseIntError) -> Self { CommandError::Parse(e) }
}
impl From<AccountError> for CommandError {
    fn from(e: AccountError) -> Self { CommandError::Account(e) }
}

fn cents(c: u64) -> String { format!("${}.{:02}", c / 100, c % 100) }

#[derive(Debug)]
struct Account { id: u32, owner: String, balance: u64, frozen: bool }

struct Bank { accounts: Vec<Account>, log: Vec<String> }

impl Bank {
    fn find(&mut self, id: u32) -> Result<&mut Account, AccountError> {
        for a in self.accounts.iter_mut() {
            if a.id == id { return Ok(a); }
        }
        Err(AccountError::NoSuchAccount(id))
    }
    fn deposit(&mut self, id: u32, amt: u64) -> Result<u64, AccountError> {
        let a = self.find(id)?;
        if a.frozen { return Err(AccountError::Frozen(id)); }
        a.balance += amt;
        Ok(a.balance)
    }
    fn withdraw(&mut self, id: u32, amt: u64) -> Result<u64, AccountError> {
        let a = self.find(id)?;
        if a.frozen { return Err(AccountError::Frozen(id)); }
        let nb = a.balance.checked_sub(amt).ok_or(AccountError::Insufficient { needed: amt, available: a.balance })?;
        a.balance = nb;
        Ok(nb)
    }
    fn transfer(&mut self, from: u32, to: u32, amt: u64) -> Result<(), AccountError> {
        self.find(to)?;
        self.withdraw(from, amt)?;
        if let Err(e) = self.deposit(to, amt) {
            self.deposit(from, amt).expect("rollback failed");
            return Err(e);
        }
        Ok(())
    }
    fn run(&mut self, line: &str) -> Result<String, CommandError> {
        let parts: Vec<&str> = line.split(' ').collect();
        let r = match parts.as_slice().len() {
            3 if parts[0] == "dep" => {
                let bal = self.deposit(parts[1].parse()?, parts[2].parse()?)?;
                format!("balance {}", cents(bal))
            }
            3 if parts[0] == "wd" => format!("balance {}", cents(self.withdraw(parts[1].parse()?, parts[2].parse()?)?)),
            4 if parts[0] == "xfer" => {
                let (a, b, amt): (u32, u32, u64) = (parts[1].parse()?, parts[2].parse()?, parts[3].parse()?);
                self.transfer(a, b, amt)?;
                format!("moved {} from {} to {}", cents(amt), a, b)
            }
            2 if parts[0] == "freeze" => {
                let id: u32 = parts[1].parse()?;
                let acc = self.find(id)?;
                acc.frozen = !acc.frozen;
                format!("{} frozen={}", acc.owner, acc.frozen)
            }
            _ => return Err(CommandError::Syntax(line.to_string())),
        };
        self.log.push(r.clone());
        Ok(r)
    }
}

fn main() {
    let mut bank = Bank {
        accounts: vec![
            Account { id: 1, owner: "ada".into(), balance: 10_000, frozen: false },
            Account { id: 2, owner: "bob".into(), balance: 250, frozen: false },
            Account { id: 3, owner: "cy".into(), balance: 0, frozen: false },
        ],
        log: Vec::new(),
    };
    let script = ["dep 2 1999", "wd 2 5000", "xfer 1 3 2550", "freeze 3", "xfer 1 3 100", "wd 3 10",
                  "xfer 2 9 1", "dep x 5", "wd 1 -5", "dep 1 99999999999999999999", "hello world", "freeze 3", "wd 3 2550"];
    for cmd in script.iter() {
        match bank.run(cmd) {
            Ok(msg) => println!("{:<28} ok   {}", cmd, msg),
            Err(e) => println!("{:<28} FAIL {}", cmd, e),
        }
    }
    for a in &bank.accounts {
        println!("{:>2} {:<4} {:>10} {}", a.id, a.owner, cents(a.balance), if a.frozen { "(frozen)" } else { "" });
    }
    println!("{} log entries; last = {:?}", bank.log.len(), bank.log.last());
    let e: CommandError = AccountError::Frozen(7).into();
    println!("{:?}", e);
    println!("{:?}", "12z".parse::<u8>().map_err_cmd());
}

trait MapErrCmd { fn map_err_cmd(self) -> Result<u8, CommandError>; }
impl MapErrCmd for Result<u8, ParseIntError> {
    fn map_err_cmd(self) -> Result<u8, CommandError> { Ok(self?) }
}
