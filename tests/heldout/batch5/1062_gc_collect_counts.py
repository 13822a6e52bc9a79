# gc.collect returns the number of unreachable objects found
import gc
class Box:
    pass
gc.collect()
gc.disable()
print("nothing to collect:", gc.collect())
def make_cycles(n):
    for _ in range(n):
        a = Box()
        b = Box()
        a.other = b
        b.other = a
make_cycles(10)
found = gc.collect()
print("found at least 20 objects:", found >= 20)
print("second collect finds none:", gc.collect())
lst = []
lst.append(lst)
del lst
print("self-referencing list collected:", gc.collect() >= 1)
d = {}
d["me"] = d
del d
print("self-referencing dict collected:", gc.collect() >= 1)
g = {"tracked": True}
print("live object kept:", gc.collect() == 0, g)
gc.enable()
class Counter:
    alive = 0
    def __init__(self):
        Counter.alive += 1
        self.me = self
    def __del__(self):
        Counter.alive -= 1
objs = [Counter() for _ in range(5)]
print("alive:", Counter.alive)
del objs
gc.collect()
print("alive after collect:", Counter.alive)
