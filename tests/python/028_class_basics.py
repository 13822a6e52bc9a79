# Classes: __init__, methods, instance and class attributes, self,
# isinstance, __str__/__repr__, and an AttributeError with a suggestion.

class BankAccount:
    bank_name = "PyBank"
    accounts_opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.accounts_opened += 1

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True

    def __str__(self):
        return f"{self.owner}: {self.balance}"

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"

alice = BankAccount("alice", 100)
bob = BankAccount("bob")
alice.deposit(50).deposit(25)
print(alice.withdraw(500), alice.withdraw(75))
bob.deposit(10)
print(alice, bob)
print([alice, bob])
print(repr(alice), str(bob))
print(alice.history)
print(BankAccount.accounts_opened, alice.bank_name, BankAccount.bank_name)

alice.bank_name = "Local override"
print(alice.bank_name, bob.bank_name, BankAccount.bank_name)
BankAccount.bank_name = "NewBank"
print(alice.bank_name, bob.bank_name)

print(isinstance(alice, BankAccount), isinstance(3, BankAccount), type(alice).__name__)
print(type(alice) is BankAccount, BankAccount.__name__, isinstance(alice, object))

class Empty:
    pass

e = Empty()
e.x = 1
e.y = [e.x, 2]
e.x += 10
print(e.x, e.y, hasattr(e, "x"), hasattr(e, "z"), getattr(e, "z", "default"))
setattr(e, "z", "set by setattr")
print(e.z)
del e.z
print(hasattr(e, "z"))

class Counter:
    def __init__(self):
        self.counts = {}
    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
    def most_common(self):
        best = None
        for w in self.counts:
            if best is None or self.counts[w] > self.counts[best]:
                best = w
        return best

c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c.counts, c.most_common())

method = alice.deposit
method(1)
print(alice.balance)
print(BankAccount.deposit(bob, 5).balance)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)
print(p.z)
