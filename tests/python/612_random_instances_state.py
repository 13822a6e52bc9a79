# random: Random instances have their own state; getstate/setstate; distributions.
import random

a = random.Random(5)
b = random.Random(5)
c = random.Random(6)
print(a.random() == b.random(), a.random(), c.random())
print([a.randint(0, 9) for _ in range(5)], [b.randint(0, 9) for _ in range(5)])
state = a.getstate()
print(state[0], len(state[1]), state[1][624], state[2])
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
random.seed(3)
g = random.getstate()
v1 = random.gauss(0, 1)
random.setstate(g)
print(v1 == random.gauss(0, 1), random.gauss(10, 2))
random.seed(8)
print(random.normalvariate(), random.normalvariate(5, 0.5), random.lognormvariate(0, 1))
print(random.expovariate(2.0), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.gauss(), random.gauss(), random.gauss())


class MyRandom(random.Random):
    def pick(self, xs):
        return xs[self.randrange(len(xs))]


m = MyRandom(11)
print(m.pick('uvwxyz'), m.random(), type(m).__name__, isinstance(m, random.Random))
d = random.Random()
d.seed(5)
print(d.random() == random.Random(5).random())


class Fixed(random.Random):
    """Overrides random() only: CPython then draws ints from random() too."""

    def __init__(self):
        super().__init__(0)
        self.k = 0

    def random(self):
        self.k = (self.k * 7 + 3) % 10
        return self.k / 10


class Bits(random.Random):
    def getrandbits(self, k):
        return k % 3


f = Fixed()
print([f.randrange(10) for _ in range(6)], f.choice('abcdef'), f.sample(range(5), 2))
b = Bits(1)
print(b.randrange(3), b.randrange(100), b.random() < 1)
