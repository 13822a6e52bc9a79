# Slice assignment and deletion with steps, negative steps and growth.
L = list(range(10))
L[::2] = "abcde"
print(L)
L[1::2] = [None] * 5
print(L)
L = list(range(10))
L[::-3] = [0, 0, 0, 0]
print(L)
L = list(range(6))
L[2:4] = []
print(L)
L[1:1] = ["x", "y"]
print(L)
L[-1:] = range(3)
print(L)
L[:] = (1, 2)
print(L)
L = list(range(10))
del L[1::3]
print(L)
del L[::-2]
print(L)
del L[:]
print(L)
L = list(range(5))
L[5:] = [5, 6]
L[10:20] = [7]
print(L, L[::-1], L[-2::-2], L[100:], L[-100:2])
try:
    L[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    L[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    L[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
s = "abcdef"
print(s[::-1], s[1:5:2], s[-2:], s[:-2], s[10:], s[::3], (1, 2, 3, 4)[::-2], range(10)[::3])
