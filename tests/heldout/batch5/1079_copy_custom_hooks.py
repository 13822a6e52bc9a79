# __copy__, __deepcopy__, memo dict, __reduce__-based copying
import copy
class Connection:
    count = 0
    def __init__(self, url):
        Connection.count += 1
        self.url = url
        self.id = Connection.count
    def __copy__(self):
        print("  __copy__ called")
        return self
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return self
    def __repr__(self):
        return f"Connection({self.url!r}, id={self.id})"
class Service:
    def __init__(self, name, conn):
        self.name = name
        self.conn = conn
        self.settings = {"retries": 3}
c = Connection("db://main")
s = Service("api", c)
s2 = copy.deepcopy(s)
print(s2.conn is c, s2.settings is s.settings, s2.settings == s.settings)
s3 = copy.copy(s)
print(s3.conn is c, s3.settings is s.settings)
print(copy.copy(c) is c)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __deepcopy__(self, memo):
        print("  Matrix deepcopy, memo has self:", id(self) in memo)
        new = Matrix([row[:] for row in self.rows])
        memo[id(self)] = new
        return new
m = Matrix([[1, 2], [3, 4]])
pair = [m, m]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is m, pc[0].rows)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
sl = Slotted([1], 2)
slc = copy.deepcopy(sl)
sl.a.append(9)
print(slc.a, slc.b, type(slc).__name__)
class Reduced:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return (Reduced, (self.value * 10,))
r = copy.copy(Reduced(4))
print(r.value)
memo = {}
obj = [1, 2]
first = copy.deepcopy(obj, memo)
second = copy.deepcopy(obj, memo)
print(first is second, first is obj)
