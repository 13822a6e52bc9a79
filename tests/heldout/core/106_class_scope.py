class Counter:
    count = 0
    names = []
    def __init__(self, name):
        Counter.count += 1
        self.names.append(name)
a = Counter("a"); b = Counter("b")
print(Counter.count, a.names is b.names, Counter.names)
class Shadow:
    count = 0
    def inc(self):
        self.count += 1
s1 = Shadow(); s1.inc(); s1.inc()
print(s1.count, Shadow.count, "count" in vars(s1))
x = 5
class UsesGlobal:
    y = x * 2
    x = 100
    z = x + 1
print(UsesGlobal.y, UsesGlobal.z, x)
class Nested:
    class Inner:
        value = "inner"
    ref = Inner.value
print(Nested.ref, Nested.Inner.__qualname__)
def make():
    v = "closure"
    class C:
        attr = v
        def get(self): return v
    return C
print(make().attr, make()().get())
