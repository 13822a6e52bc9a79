# assert with and without messages, caught and uncaught.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare:", repr(e), e.args)
assert True, "never"
assert [1], "non-empty is true"
data = []
assert len(data) == 1, ("tuple", "message")
