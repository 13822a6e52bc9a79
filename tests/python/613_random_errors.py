# random: CPython's errors for bad arguments.
import random

r = random.Random(0)
for f in [
    lambda: r.randrange(0),
    lambda: r.randrange(-5),
    lambda: r.randrange(5, 5),
    lambda: r.randrange(10, 1),
    lambda: r.randrange(0, 10, 0),
    lambda: r.randrange(0, 10, -1),
    lambda: r.randrange(5, step=2),
    lambda: r.randrange('a'),
    lambda: r.randint(5, 1),
    lambda: r.choice([]),
    lambda: r.choice(''),
    lambda: r.sample(range(3), 4),
    lambda: r.sample(range(3), -1),
    lambda: r.sample({1, 2}, 1),
    lambda: r.sample([1, 2], 1, counts=[1]),
    lambda: r.sample([1, 2], 1, counts=[0, 0]),
    lambda: r.choices([1, 2], [1, 2, 3]),
    lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]),
    lambda: r.choices([1, 2], 3),
    lambda: r.choices([1, 2], [0, 0]),
    lambda: r.getrandbits(-1),
    lambda: r.seed([1, 2]),
    lambda: r.setstate((1, (), None)),
    lambda: r.setstate((3, (1, 2), None)),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(0)
print(random.randrange(7), random.random())
