print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))))
print("".join(reversed("stressed")))
m = map(abs, [-1, -2])
print(type(m).__name__, list(m), list(m))
class R:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
