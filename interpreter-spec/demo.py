# Pyrite demo: a small Python program that the untranslated interpreter
# (cargo run / rustc build of interpreter-spec) runs byte-for-byte like
# CPython 3.11.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print("fib(20) =", fib(20))

squares = []
for i in range(1, 11):
    squares.append(i * i)
print("squares:", squares)
print("even squares:", [s for s in squares if s % 2 == 0])

words = ["pyrite", "is", "rust", "for", "python"]
print(" ".join(words).upper(), "/", "-".join(reversed(words)))

# --- a class-free bank: accounts are [name, balance, history] lists ------

def open_account(bank, name, deposit):
    bank.append([name, deposit, ["open " + str(deposit)]])
    return len(bank) - 1

def transfer(bank, src, dst, amount):
    if bank[src][1] < amount:
        bank[src][2].append("refused " + str(amount))
        return False
    bank[src][1] -= amount
    bank[dst][1] += amount
    bank[src][2].append("sent " + str(amount))
    bank[dst][2].append("got " + str(amount))
    return True

def apply_interest(bank, percent):
    for account in bank:
        account[1] += account[1] * percent // 100

bank = []
alice = open_account(bank, "alice", 100)
bob = open_account(bank, "bob", 50)
print("transfers:", transfer(bank, alice, bob, 30), transfer(bank, bob, alice, 500))
apply_interest(bank, 10)
for name, balance, history in bank:
    print(f"{name:>6}: {balance:5d}  [{', '.join(history)}]")
total = sum([account[1] for account in bank])
print("total deposits:", total, "average:", total / len(bank))

richest = bank[0]
for account in bank:
    if account[1] > richest[1]:
        richest = account
print("richest:", richest[0], "with", richest[1])

balance, months = 100, 0
while balance < 200:
    balance += balance * 7 // 100
    months += 1
print("100 doubles after", months, "months at 7% monthly interest")

# --- the library: dataclasses, collections, re, json, match ---------------
from collections import Counter
from dataclasses import dataclass
import json
import re

@dataclass
class Event:
    kind: str
    amount: int

log = "open alice 100; open bob 50; send alice bob 30; refuse bob alice 500"
events = [Event(m.group(1), int(m.group(2))) for m in re.finditer(r"(\w+) (?:\w+ )+?(\d+)", log)]
print(events[0], "...", len(events), "events")
print("kinds:", Counter(e.kind for e in events).most_common())
for e in events:
    match e:
        case Event(kind="open", amount=a) if a >= 100:
            print("  big opening of", a)
        case Event(kind="refuse"):
            print("  refused", e.amount)
print(json.dumps({"accounts": {name: balance for name, balance, _ in bank}}, sort_keys=True))
