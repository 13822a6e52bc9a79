import copy
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.version = 0
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        m = Matrix(copy.deepcopy(self.rows, memo))
        m.version = self.version + 1
        return m
m = Matrix([[1, 2], [3, 4]])
m2 = copy.deepcopy(m)
m2.rows[0][0] = 100
print(m.rows, m2.rows, m2.version)
m3 = copy.copy(m)
m3.rows[1][1] = -1
print(m.rows, m3.rows is m.rows)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
d = {"k": [1]}
print(d.copy()["k"] is d["k"], dict(d)["k"] is d["k"], list(pair) is pair)
