# an assertion failure ends the program
def mean(values):
    assert values, "mean of empty list"
    return sum(values) / len(values)
print(mean([1, 2, 3, 4]))
print(mean([2.5]))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("caught empty:", repr(e), e.args)
print("about to fail")
mean([])
