# error case: uncaught AttributeError from passing the wrong type to a method
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def scale(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])
    def add(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        return f'Matrix({self.rows})'
m = Matrix([[1, 2], [3, 4]])
print(m.scale(2))
print(m.add(m))
print(m.transpose())
print(m.add([[1, 1], [1, 1]]))
print('not reached')
