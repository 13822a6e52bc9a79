a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
d = {}
d["a"] = d["b"] = "same"
print(d)
p, q = r = (1, 2)
print(p, q, r)
m = n = 10
m, n = n + 1, m + 1
print(m, n)
