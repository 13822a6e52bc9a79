def mean(values):
    assert values, "values must not be empty"
    return sum(values) / len(values)


def check_sorted(seq):
    for a, b in zip(seq, seq[1:]):
        assert a <= b, f"not sorted at {a!r} > {b!r}"
    return True


print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)
print(check_sorted([1, 2, 2, 5]))
try:
    check_sorted([1, 3, 2])
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert args:", e.args)
assert isinstance(mean([4]), float)
x = 5
assert x > 0, "positive"
print("all assertions so far passed")


class Inventory:
    def __init__(self):
        self.items = {}

    def remove(self, name, qty):
        have = self.items.get(name, 0)
        assert qty <= have, f"cannot remove {qty} {name}, only {have} left"
        self.items[name] = have - qty


inv = Inventory()
inv.items["apple"] = 3
inv.remove("apple", 2)
print(inv.items)
inv.remove("apple", 5)
print("unreachable")
