from functools import partialmethod, total_ordering, reduce
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
@total_ordering
class Student:
    def __init__(self, name, gpa):
        self.name, self.gpa = name, gpa
    def __eq__(self, o):
        return self.gpa == o.gpa
    def __lt__(self, o):
        return self.gpa < o.gpa
ss = [Student("a", 3.1), Student("b", 3.9), Student("c", 2.5)]
print([s.name for s in sorted(ss)], max(ss).name, ss[0] >= ss[2], ss[0] <= ss[1], ss[0] > ss[1])
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(pipeline("  Hello Big World "))
