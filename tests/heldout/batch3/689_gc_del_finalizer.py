import gc
gc.disable()
log = []
class Res:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append("del " + self.name)
r = Res("self-cycle")
del r
print(log)
gc.collect()
print(log)
print(gc.garbage)
class Pair:
    def __init__(self, n): self.n = n
    def __del__(self): log.append("pair " + self.n)
p, q = Pair("p"), Pair("q")
p.q, q.p = q, p
del p, q
gc.collect()
print(sorted(log))
gc.enable()
