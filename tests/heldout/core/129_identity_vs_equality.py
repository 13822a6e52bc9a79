a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x == None)
class AlwaysEq:
    def __eq__(self, o): return True
e = AlwaysEq()
print(e == 1, e == None, e is None)
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2)
s1 = "".join(["ab", "c"])
s2 = "abc"
print(s1 == s2)
nan = float("nan")
lst = [nan]
print(nan in lst, nan == lst[0], lst == lst, [float("nan")] == [float("nan")])
print(True is True, type(None)() is None)
