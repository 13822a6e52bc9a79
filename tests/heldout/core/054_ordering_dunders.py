import functools
@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs))
print(Ver("1.0") <= Ver("1.0"), Ver("2.0") > Ver("1.9"), Ver("1.0") >= Ver("1.1"))
print(max(vs), min(vs))
class Rev:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("gt called")
        return self.v > o.v
r1, r2 = Rev(1), Rev(2)
print(r1 < r2)
try:
    Rev(1) <= Rev(2)
except TypeError as e:
    print(type(e).__name__, e)
