x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < 2 > 0 < 5, 3 < x < 4)
print(0 <= x <= 4, x != 4 != x, 1 == 1 != 2, (1 < 2) < 3)
calls = []


def val(v):
    calls.append(v)
    return v


print(val(1) < val(2) < val(0) < val(99), calls)
calls.clear()
print(val(5) < val(3) < val(99), calls)
print(3 in [1, 2, 3], "a" in "cat", "at" in "cat", "ta" in "cat", 2 in {1: "a", 2: "b"}, "b" in {1: "a", 2: "b"})
print(1 in range(0, 10, 2), 4 in range(0, 10, 2), 10 ** 12 in range(10 ** 13), b"ab" in b"cabs", 97 in b"abc")
print([1, 2] in [[1, 2], [3]], (1,) in [(1,)], None in [None], 1 not in [2, 3], not 1 in [1])


class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, item):
        return self.lo <= item < self.hi


r = Range(10, 20)
print(15 in r, 20 in r, 9 not in r)


class IterOnly:
    def __iter__(self):
        yield from [1, 2, 3]


print(2 in IterOnly(), 5 in IterOnly())
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    [] in "abc"
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, type(a) is list)
grade = 83
letter = "A" if grade >= 90 else "B" if grade >= 80 else "C" if grade >= 70 else "F"
print(letter)
age = 25
print("adult" if 18 <= age < 65 else "other", "teen" if 13 <= age <= 19 else "not teen")
s = "hello"
print("e" in s and "z" not in s, s.startswith("he") or s.endswith("xx"), not s)
print(sorted([3, 1, 2]) == [1, 2, 3] != [3, 2, 1], [1, 2, 3] < [1, 2, 4] < [2])
