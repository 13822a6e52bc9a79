# A small scheduler simulation (objects, closures, generators, dicts) under churn, checked against CPython
# gc-stress: 200
import gc

class Task:
    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.log = []

    def run(self):
        for step in range(self.work):
            self.log.append((self.name, step))
            yield step

def scheduler(tasks):
    queue = [(t, t.run()) for t in tasks]
    done = []
    ticks = 0
    while queue:
        t, g = queue.pop(0)
        try:
            next(g)
            queue.append((t, g))
        except StopIteration:
            done.append(t.name)
        ticks += 1
        if ticks % 50 == 0:
            gc.collect()
    return done, ticks

tasks = [Task("t%d" % i, (i * 7) % 13 + 1) for i in range(20)]
done, ticks = scheduler(tasks)
print(done)
print(ticks, sum(len(t.log) for t in tasks), tasks[5].log[-1])

def pipeline(n):
    nums = (i for i in range(n))
    squares = (x * x for x in nums)
    evens = filter(lambda v: v % 2 == 0, squares)
    labelled = map(lambda v: "v%d" % v, evens)
    return list(labelled)
res = pipeline(20000)
print(len(res), res[:3], res[-1])

registry = {}
def register(kind):
    def deco(fn):
        registry.setdefault(kind, []).append(fn)
        return fn
    return deco
for i in range(30):
    @register("k%d" % (i % 3))
    def handler(x, i=i):
        return x + i
gc.collect()
print({k: [f(100) for f in v][:4] for k, v in sorted(registry.items())})
