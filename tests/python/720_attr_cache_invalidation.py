# The same attribute instruction sees objects whose class changes under it:
# every answer must equal a fresh lookup.

class P:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "P.m"


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_y(o, v):
    o.y = v


ps = [P(i) for i in range(3)]
print([get_x(p) for p in ps])
print([call_m(p) for p in ps])

# A property added to the class now shadows the instance slot.
P.x = property(lambda self: "prop")
print([get_x(p) for p in ps])
del P.x
print([get_x(p) for p in ps])

# The method replaced on the class.
P.m = lambda self: "new m"
print([call_m(p) for p in ps])

# An instance attribute shadows the method for that instance only.
ps[1].m = lambda: "instance m"
print([call_m(p) for p in ps])

# Stores: first adding, then overwriting, then through a __setattr__ added later.
for p in ps:
    set_y(p, 1)
for p in ps:
    set_y(p, 2)
print([p.y for p in ps])


def hook(self, name, value):
    object.__setattr__(self, name, value * 10)


P.__setattr__ = hook
for p in ps:
    set_y(p, 3)
print([p.y for p in ps])
del P.__setattr__
for p in ps:
    set_y(p, 4)
print([p.y for p in ps])

# A deleted attribute, then re-added in another order.
q = P(5)
set_y(q, 6)
del q.x
try:
    get_x(q)
except AttributeError as e:
    print("AttributeError:", e)
q.x = 7
print(get_x(q), q.y, sorted(vars(q).items()))


# Class reassignment on an instance.
class Q:
    def m(self):
        return "Q.m"


r = P(8)
print(call_m(r))
r.__class__ = Q
print(call_m(r), get_x(r))


# A data descriptor class defined after the fact.
class D:
    def __get__(self, obj, owner):
        return "descr"

    def __set__(self, obj, value):
        print("descr set", value)


P.y = D()
set_y(ps[0], 9)
print(ps[0].y)


# Subclasses share the instruction with their base.
class S(P):
    def m(self):
        return "S.m"


print([call_m(o) for o in [P(1), S(2), P(3), S(4)]])
print([get_x(o) for o in [P(1), S(2), P(3), S(4)]])

# __getattribute__ on a subclass.
class G(P):
    def __getattribute__(self, name):
        if name == "x":
            return "G.x"
        return object.__getattribute__(self, name)


print([get_x(o) for o in [P(1), G(2), P(3)]])

# __slots__ classes.
class L:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


items = [L(), L()]
for it in items:
    set_y(it, 5)
print([it.y for it in items], [get_x(it) for it in items])
try:
    items[0].z = 1
except AttributeError as e:
    print("AttributeError:", e)
