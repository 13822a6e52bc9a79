# slice assignment changes the list in place: same length, shorter, longer, from
# itself, extended slices, and reads of list and tuple slices
a = list(range(8))
alias = a
a[2:5] = ["x", "y", "z"]
print(a, alias is a)
a[1:6] = [0]
print(a)
a[1:1] = "abc"
print(a)
a[5:2] = [9, 9]
print(a)
a[:] = a
print(a)
a[2:] = a
print(a)
a[::2] = range(len(a[::2]))
print(a)
a[::-3] = [-1] * len(a[::-3])
print(a)
a[-2:] = ()
print(a, len(alias))
p = [3, 1, 4, 1, 5, 9, 2, 6]
for k in range(1, 9):
    q = p[:]
    q[:k] = q[k - 1::-1]
    print(k, q)
try:
    a[::2] = [1]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a[1:2] = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    a[::2] = 5
except TypeError as exc:
    print("TypeError:", exc)
t = tuple(range(10))
print(t[1:8:3], t[::-2], t[5:1], t[-3:], list(range(10))[8:2:-2], "hello"[::-1])
