def dot(u, v):
    return sum(a * b for a, b in zip(u, v, strict=True))


def matmul(A, B):
    cols = list(zip(*B))
    return [[dot(row, col) for col in cols] for row in A]


A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
print(matmul(A, B))
print(matmul(B, A))
print(dot([1, 2, 3], [4, 5, 6]))
try:
    dot([1, 2, 3], [1, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(identity, [[1, 2], [3, 4], [5, 6]]))
headers = ["name", "age", "city"]
rows = [["ann", 30, "Oslo"], ["bob", 25, "Rome"], ["cy", 41]]
for r in rows:
    try:
        print(dict(zip(headers, r, strict=True)))
    except ValueError as e:
        print("skip row:", e)
print(list(zip([1, 2], "ab", (True, False), strict=True)))
print(list(zip([], [], strict=True)))
z = zip(range(3), range(5), strict=True)
print(next(z), next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
transpose = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
print(transpose, list(zip(*transpose)))
