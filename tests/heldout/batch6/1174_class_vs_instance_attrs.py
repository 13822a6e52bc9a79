class Team:
    members = []
    max_size = 3

    def __init__(self, name):
        self.name = name

    def add(self, person):
        self.members.append(person)


a = Team("a")
b = Team("b")
a.add("x")
b.add("y")
print(a.members, b.members, Team.members, a.members is b.members)


class FixedTeam:
    max_size = 3

    def __init__(self, name):
        self.name = name
        self.members = []


fa, fb = FixedTeam("a"), FixedTeam("b")
fa.members.append("x")
print(fa.members, fb.members)
fa.max_size = 10
print(fa.max_size, fb.max_size, FixedTeam.max_size, "max_size" in vars(fa))
FixedTeam.max_size = 5
print(fa.max_size, fb.max_size)
del fa.max_size
print(fa.max_size)


class Counter:
    count = 0

    def increment_wrong(self):
        self.count += 1

    def increment_right(self):
        type(self).count += 1


c1, c2 = Counter(), Counter()
c1.increment_wrong()
c1.increment_wrong()
print(c1.count, c2.count, Counter.count)
c2.increment_right()
print(c1.count, c2.count, Counter.count)


class Parent:
    shared = "parent"


class Kid(Parent):
    pass


print(Kid.shared)
Kid.shared = "kid"
print(Parent.shared, Kid.shared)
del Kid.shared
print(Kid.shared)


class Method:
    def greet(self):
        return "method"


m = Method()
m.greet = lambda: "instance override"
print(m.greet(), Method().greet(), Method.greet(m))
del m.greet
print(m.greet())


class Defaults:
    color = "red"
    tags = ()

    def add_tag(self, t):
        self.tags = self.tags + (t,)


d1, d2 = Defaults(), Defaults()
d1.add_tag("new")
print(d1.tags, d2.tags, Defaults.tags)
print(sorted(vars(d1)), sorted(k for k in vars(Defaults) if not k.startswith("__")))
