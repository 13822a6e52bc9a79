def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
T = [list(r) for r in zip(*[[1, 2, 3], [4, 5, 6]])]
print(T)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([r[:c] + r[c + 1:] for r in m[1:]]) for c in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
for row in matmul(A, A):
    print(" ".join(f"{v:4d}" for v in row))
