def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
pair = (1, 2)
assert pair
print("tuple assert passes", __debug__)
