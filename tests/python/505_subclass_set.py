# set and frozenset subclasses: repr names the subclass, operators give
# plain sets, in-place operators keep the subclass.
class St(set):
    def total(self):
        return sum(self)


st = St([1, 2, 2])
st.add(3)
print(st, len(st), 2 in st, st | {9}, type(st | {9}).__name__, isinstance(st, set), st.total(), St(), repr(St()))
st |= {4}
st -= {1}
print(st, type(st).__name__, st == {2, 3, 4}, st <= {2, 3, 4, 5}, sorted(st), st.issubset({2, 3, 4}), st & {2, 3})


class Fro(frozenset):
    pass


f = Fro([1, 2])
print(f, hash(f) == hash(frozenset([1, 2])), f & {1}, {f: 1}[frozenset([1, 2])], Fro(), f.union([3]))
try:
    hash(st)
except TypeError as e:
    print(e)
