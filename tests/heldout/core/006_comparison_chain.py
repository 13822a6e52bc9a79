x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(1 == 1.0 == True)
print(1 < 2 < 3 < 4 < 5)
print(3 > 2 > 1 > 0 >= 0)
def f(v):
    print("call", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print([1, 2] < [1, 3], (1, 2, 3) < (1, 2), "abc" < "abd", "Z" < "a")
print([1, 2] == [1, 2], [1, 2] is [1, 2])
a = [1]
b = a
print(a is b, a is not b)
print(None is None, 2 in [1, 2, 3], 4 not in [1, 2])
print((1, 2) == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
