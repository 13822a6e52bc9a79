# Explicit dunder calls on builtin iterators/containers, int()/float() of Unicode digits, Counter ordering
for e in ["iter([1, 2]).__next__()", "enumerate('ab').__next__()", "iter(range(3)).__iter__() is not None", "range(2).__iter__().__next__()",
          "b'ab'.__iter__().__next__()", "len({}.keys().__iter__().__class__.__name__)", "range(5).__len__()", "range(5).__contains__(3)",
          "{1: 2}.items().__len__()", "b'abc'.__contains__(98)", "zip('a', 'b').__next__()", "map(str, [1]).__next__()"]:
    print(e, "->", eval(e))
it = iter([])
try:
    it.__next__()
except StopIteration:
    print("StopIteration from __next__")
print(int("١٢٣"), int("٣", 16), float("١.٥"), int("１２"), float("-４.５e１"), int(" ७ "))
try:
    int("١x")
except ValueError as e:
    print(e)
from collections import Counter
a, b = Counter(a=1), Counter(a=2, b=1)
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
print(pow(2, 5), pow(2, 5, 7))
class P:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
print(pow(P(), 2), pow(P(), 2, 5), pow(3, P()), P() ** 4, 5 ** P())
