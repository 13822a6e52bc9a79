class InsufficientFunds(Exception):
    pass


class Account:
    interest_rate = 0.0
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {amount}, have {self.balance}")
        self.balance -= amount
        self.history.append(("wd", amount))

    def month_end(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.balance = round(self.balance + interest, 2)
        return interest

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner!r}, {self.balance})"


class Savings(Account):
    interest_rate = 0.02

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise InsufficientFunds("withdrawal limit reached")
        super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(f"overdraft exceeded by {amount - self.balance - self.overdraft}")
        self.balance -= amount
        self.history.append(("wd", amount))


accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cy")]
for a in accounts:
    print(a)

ops = [(0, "withdraw", 100), (0, "withdraw", 50), (0, "withdraw", 10),
       (1, "withdraw", 120), (1, "withdraw", 40), (2, "deposit", -5),
       (2, "deposit", 75), (2, "withdraw", 80)]
for idx, op, amt in ops:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amt)
        print("ok", op, amt, "->", acct.balance)
    except InsufficientFunds as e:
        print("denied:", e)
    except ValueError as e:
        print("invalid:", e)

for a in accounts:
    print(type(a).__name__, "interest", a.month_end(), a)
print(isinstance(accounts[0], Account), issubclass(Checking, Savings))
print([c.__name__ for c in Savings.__mro__])
print(accounts[1].history)
