class Dog:
    kind = "canine"
    tricks_shared = []
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add(self, t):
        self.tricks.append(t)
        self.tricks_shared.append(t)
a, b = Dog("fido"), Dog("buddy")
a.add("roll"); b.add("sit")
print(a.tricks, b.tricks, Dog.tricks_shared)
print(a.kind, b.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind, "kind" in vars(a), "kind" in vars(b))
del a.kind
print(a.kind)
class Counter:
    n = 0
    def __init__(self):
        type(self).n += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.n, Sub.n)
