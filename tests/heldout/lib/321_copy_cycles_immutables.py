import copy
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a)
print(len(b), b[:2])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
s = "string"
print(copy.deepcopy(s) is s)
t2 = (1, [2])
d = copy.deepcopy(t2)
print(d == t2, d is t2, d[1] is t2[1])
shared = [0]
container = [shared, shared]
c = copy.deepcopy(container)
print(c[0] is c[1])
