class LedgerError(Exception):
    pass


class UnbalancedEntry(LedgerError):
    def __init__(self, entry_id, debit, credit):
        super().__init__(f"entry {entry_id} unbalanced: debit={debit} credit={credit}")
        self.diff = debit - credit


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.entries = 0

    def post(self, lines):
        self.entries += 1
        debit = sum(a for _, a in lines if a > 0)
        credit = -sum(a for _, a in lines if a < 0)
        if debit != credit:
            raise UnbalancedEntry(self.entries, debit, credit)
        for acct, amount in lines:
            self.accounts[acct] = self.accounts.get(acct, 0) + amount

    def trial_balance(self):
        return sum(self.accounts.values())


ledger = Ledger()
ledger.post([("cash", 1000), ("equity", -1000)])
ledger.post([("inventory", 300), ("cash", -300)])
ledger.post([("cash", 450), ("revenue", -450)])
print(dict(sorted(ledger.accounts.items())))
print("trial balance:", ledger.trial_balance())
try:
    ledger.post([("cash", 10), ("revenue", -5)])
except LedgerError as e:
    print("rejected:", e, "diff", e.diff)
print("entries so far:", ledger.entries)
ledger.post([("rent", 200), ("cash", -150)])
print("not reached")
