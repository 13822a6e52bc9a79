PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.1}


def checkout(cart):
    total = 0.0
    for item, qty in cart:
        total += PRICES[item] * qty
        print(f"  {item:6} x{qty} = {PRICES[item] * qty:.2f}")
    return round(total, 2)


print("cart 1 total:", checkout([("apple", 4), ("milk", 2)]))
try:
    checkout([("bread", 1), ("caviar", 1)])
except KeyError as e:
    print("unknown item:", e, repr(e), e.args)
print(PRICES.get("caviar", "not sold"))
print("cart 3 total:", checkout([("milk", 1), ("eggs", 12)]))
