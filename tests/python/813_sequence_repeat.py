# seq * n: exact results, shared items, in-place forms, and MemoryError for
# a result too large to allocate.
print([1, 2] * 3, (1,) * 4, "ab" * 3, [1] * 0, [1] * -2, "x" * -1, () * 5)
print([0] * True, "z" * False, 3 * [7], 2 * "hi")
grid = [[]] * 3
grid[0].append(1)
print(grid, grid[0] is grid[2])
x = [1, 2]
y = x
x *= 2
print(x, y is x)
t = (1, 2)
t *= 2
print(t)
s = "é" * 5
print(s, len(s))
big = [None] * 100000
print(len(big), big[99999])
for make in (lambda: [0] * 10**12, lambda: "ab" * 2**40, lambda: (1, 2) * 2**62):
    try:
        make()
    except MemoryError as e:
        print("MemoryError", repr(e))
try:
    [1] * 2**70
except OverflowError as e:
    print("OverflowError", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError", e)
