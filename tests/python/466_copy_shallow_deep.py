# copy.copy and copy.deepcopy: lists, dicts, nested and shared structures, instances
import copy

orig = [[1, 2], {"k": [3]}, (4, [5])]
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig[0].append(99)
orig[1]["k"].append(98)
orig[2][1].append(97)
print(shallow)
print(deep)
print(shallow[0] is orig[0], deep[0] is orig[0], copy.copy((1, 2)) is not None)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.tags)


p = Point(1, ["a"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
print(p2, p3, p2.tags is p.tags, type(p3).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom("copied " + self.v)

    def __deepcopy__(self, memo):
        return Custom("deep " + self.v)


print(copy.copy(Custom("a")).v, copy.deepcopy([Custom("b")])[0].v)
print(copy.deepcopy({"s": {1, 2}, "f": frozenset([3]), "n": None, "t": (1, (2,))}))
