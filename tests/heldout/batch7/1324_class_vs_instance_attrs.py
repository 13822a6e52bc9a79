class Counter:
    total = 0
    names = []

    def __init__(self, name):
        self.name = name
        self.count = 0
        Counter.total += 1
        self.names.append(name)

    def hit(self):
        self.count += 1
        return self


a = Counter("a")
b = Counter("b")
a.hit().hit()
b.hit()
print(a.count, b.count, Counter.total, a.total, Counter.names, b.names is a.names)
a.total = 100
print(a.total, b.total, Counter.total, "total" in vars(a), "total" in vars(b))
del a.total
print(a.total)
Counter.total = 0
print(a.total, b.total)


class Fixed:
    tags = None

    def __init__(self):
        self.tags = []

    def tag(self, t):
        self.tags.append(t)


x, y = Fixed(), Fixed()
x.tag("red")
print(x.tags, y.tags, Fixed.tags)


class Config:
    retries = 3
    timeout = 10

    def effective(self):
        return {k: getattr(self, k) for k in ("retries", "timeout")}


class FastConfig(Config):
    timeout = 1


c = FastConfig()
c.retries = 0
print(Config().effective(), c.effective(), FastConfig().effective())
Config.retries = 5
print(FastConfig().effective(), c.effective())


class Shape:
    sides = 0

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"


class Tri(Shape):
    sides = 3


print(Shape.describe(), Tri.describe(), Tri().describe())
Tri.sides = 33
print(Tri.describe(), Shape.sides)


class Method:
    def greet(self):
        return "class method"


m = Method()
m.greet = lambda: "instance override"
print(m.greet(), Method().greet(), Method.greet(m))
