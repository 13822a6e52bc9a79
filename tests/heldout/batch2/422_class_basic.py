class BankAccount:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"
acct = BankAccount("ann", 100)
print(acct.deposit(50), acct.withdraw(30), acct)
for op, amt in [("withdraw", 500), ("deposit", -1)]:
    try:
        getattr(acct, op)(amt)
    except ValueError as e:
        print(type(e).__name__, e)
b = BankAccount("bob")
b.interest = 0.05
print(acct.interest, b.interest, BankAccount.interest)
BankAccount.interest = 0.03
print(acct.interest, b.interest)
print(sorted(vars(b)), isinstance(b, BankAccount))
