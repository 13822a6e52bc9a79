def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    return balance - amount


balance = 100
for amt in (30, -5, 200, 20):
    try:
        balance = withdraw(balance, amt)
        print("ok", amt, balance)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
assert True, "never raised"
pair = (1, 2)
assert pair, "tuples are truthy"
x = [3, 1, 2]
x.sort()
assert x == [1, 2, 3]
print("invariants hold; final check next")


def check_inventory(stock):
    for item, qty in stock.items():
        assert qty >= 0, f"negative stock for {item}: {qty}"
    return sum(stock.values())


print(check_inventory({"a": 1, "b": 2}))
check_inventory({"nails": 40, "screws": -3})
print("unreachable")
