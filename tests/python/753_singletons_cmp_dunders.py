# __debug__, the singleton types' constructors, NotImplemented from builtin comparison dunders, reversed(range), list identity
print(__debug__, type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is Ellipsis)
for t in (type(None), type(NotImplemented), type(...)):
    try:
        t(1)
    except TypeError as e:
        print("TypeError", e)
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__("a"), "a".__eq__(1), "a".__ne__("b"), (2.5).__gt__(True))
print((1).__eq__(1), True.__eq__(1), (1).__ne__(None), (3).__le__(2.0), "a".__lt__("b"), (1.5).__ge__("x"))
print([1].__eq__((1,)), (1,).__lt__((2,)), [1, 2].__eq__([1, 2]), {1: 2}.__eq__({1: 2}), {1}.__eq__(frozenset({1})))
class I(int):
    pass
print(I(3).__eq__(3), (3).__eq__(I(3)), 1 == 1.0, 1 == "1", 1 != "1")
class Half:
    def __eq__(self, other):
        return "Half.__eq__"
    __hash__ = object.__hash__
print(1 == Half(), "s" == Half(), 2.0 == Half())
for r in [range(3), range(1, 10, 3), range(10, 0, -4), range(0), range(5, 1), range(-3, 3)]:
    it = reversed(r)
    print(type(it).__name__, list(it))
import sys
print(next(reversed(range(10 ** 18))), list(reversed(range(sys.maxsize - 5, sys.maxsize, 2))))
print(list(reversed(range(-sys.maxsize - 1, -sys.maxsize + 5, 2))))
print(list(reversed(range(sys.maxsize, sys.maxsize - 9, -4))))
nan = float("nan")
l = [nan, [1]]
print(l == l, l <= l, l < l, l != l, (nan,) == (nan,) if False else "skip", [float("nan")] == [float("nan")])
t = (nan, 2)
print(t == t, t >= t)
