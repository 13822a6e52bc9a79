m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row if v % 2])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(sum(sum(r) for r in m))
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
