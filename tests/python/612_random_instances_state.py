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
