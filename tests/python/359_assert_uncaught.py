# assert: passing, caught failures, and an uncaught failure with a message.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught", e)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e))
values = [1, 2, 3]
assert len(values) == 3
assert sum(values) == 7, f"sum was {sum(values)}"
