# __eq__ and __hash__ semantics
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f'Key({self.a}, {self.b})'
d = {Key(1, 2): 'x'}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
print(len({Key(1, 1), Key(1, 1), Key(1, 2)}))
print(Key(1, 2) == (1, 2), Key(1, 2) != Key(1, 3))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), {p: 1}[p])
class Always:
    def __eq__(self, o):
        print('Always.__eq__ called')
        return True
print(1 == Always(), Always() == 1)
class Weird:
    def __eq__(self, o):
        return 'truthy'
print(Weird() == 1, [Weird()] == [1], Weird() in [1])
nan = float('nan')
lst = [nan]
print(nan in lst, lst == lst, [float('nan')] == [float('nan')])
print(hash(1) == hash(1.0) == hash(True), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')))
print(1 == 1.0, {1: 'a'}.get(1.0), {0, False, 0.0})
class Parent:
    def __eq__(self, o):
        return 'Parent'
class ChildEq(Parent):
    def __eq__(self, o):
        return 'Child'
print(Parent() == ChildEq(), ChildEq() == Parent())
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Ord({self.v})'
print(sorted([Ord(3), Ord(1), Ord(2)]), Ord(5) > Ord(2), max(Ord(1), Ord(9)))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print(type(e).__name__, e)
