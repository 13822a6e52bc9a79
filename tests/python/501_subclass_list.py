# list subclasses: methods, operators, iteration, overridden __getitem__,
# __init__ with super(), in-place operators keep the subclass.
class L(list):
    def push(self, x):
        self.append(x)
        return self


l = L([1, 2])
l.push(3).push(4)
l += [5]
print(l, len(l), l[0], l[1:], l[-1], sum(l), type(l).__name__, l + [6], type(l + [6]).__name__)
for x in l:
    print(x, end=" ")
print()
print(l * 2, 2 * l, l == [1, 2, 3, 4, 5], l != [1], l < [9], sorted(l, reverse=True), max(l), 3 in l)
l *= 2
print(type(l).__name__, len(l), l.count(1), l.index(3))
l[0] = 100
del l[1]
l.sort()
l.reverse()
print(l, l.pop(), l.pop(0), l.copy(), type(l.copy()).__name__, list(reversed(l))[:3])


class MyList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

    def __len__(self):
        return super().__len__() + 100


ml = MyList([1, 2, 3])
print(ml[1], list(ml), ml, [x for x in ml], len(ml), bool(MyList()))


class W(list):
    def __init__(self, *a):
        super().__init__(a)
        self.n = len(a)


w = W(1, 2, 3)
print(w, w.n, w.__dict__, vars(w), isinstance(w, list), issubclass(W, list), W.__mro__)
a, *rest = w
print(a, rest, [*w, 0], tuple(w), set(w) == {1, 2, 3}, ", ".join(map(str, w)))


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s, repr(s), str(s), f"{s}")
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    Stack()[3]
except IndexError as e:
    print(e)
print(L.__name__, L().__class__ is L, L() == [], L("ab"), list(L((1, 2))))
cyc = L([1])
cyc.append(cyc)


class DSub(dict):
    pass


dsub = DSub(a=1)
dsub["self"] = dsub
print(cyc, dsub, [cyc], repr(dsub))
