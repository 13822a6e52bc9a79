# bank account simulation
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        self.history[-1] = ("transfer-out", amount)
        other.history[-1] = ("transfer-in", amount)
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self._balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
alice = Account("alice", 100)
bob = SavingsAccount("bob", 500, rate=0.05)
alice.deposit(50)
alice.withdraw(30)
bob.transfer(alice, 200)
print(alice, bob)
print(bob.add_interest(), bob.balance)
for action in [lambda: alice.withdraw(1000), lambda: alice.deposit(-5), lambda: alice.transfer(bob, 10 ** 6)]:
    try:
        action()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed - e.available)
    except ValueError as e:
        print("ValueError:", e)
print(alice.history, bob.history)
accounts = [alice, bob, Account("carol", 999)]
print(sorted(accounts, key=lambda a: a.balance, reverse=True))
print(sum(a.balance for a in accounts), [a.id for a in accounts])
