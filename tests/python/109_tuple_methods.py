# Tuples: count/index, comparison, concatenation, repetition, hashing and
# immutability.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t + (4,), t * 2, (0,) * 0, len(t))
print((1, 2) < (1, 2, 3), (1, "a") < (1, "b"), (2,) > (1, 100), () == (), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "p"}[1, 2], tuple("ab"), tuple(range(3)), tuple([]))
print(t[1:4], t[::-1], t[-1], type(t[1:2]).__name__, 1 in t, 9 not in t)
x = 1,
y = ()
print(x, y, type(x), (1), ((1, 2),))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
