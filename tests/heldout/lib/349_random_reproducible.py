import random
random.seed(7)
a = [random.random() for _ in range(5)]
random.seed(7)
b = [random.random() for _ in range(5)]
print(a == b)
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.randint(0, 100) for _ in range(10)] == [r2.randint(0, 100) for _ in range(10)])
st = r1.getstate()
x = r1.random()
r1.setstate(st)
print(r1.random() == x)
c = random.choices(range(5), k=20)
print(len(c), all(0 <= v < 5 for v in c))
u = [random.uniform(2.0, 3.0) for _ in range(100)]
print(all(2.0 <= v <= 3.0 for v in u))
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print(type(e).__name__)
