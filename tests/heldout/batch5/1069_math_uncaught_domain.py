# quadratic solver that ends with an uncaught "math domain error"
import math
def solve(a, b, c):
    disc = b * b - 4 * a * c
    root = math.sqrt(disc)
    return sorted(((-b - root) / (2 * a), (-b + root) / (2 * a)))
def solve_complex(a, b, c):
    disc = b * b - 4 * a * c
    if disc >= 0:
        return solve(a, b, c)
    re, im = -b / (2 * a), math.sqrt(-disc) / (2 * a)
    return [complex(re, -im), complex(re, im)]
print("complex roots of x^2 + 1:", solve_complex(1, 0, 1))
equations = [(1, -3, 2), (1, 2, 1), (2, 0, -8), (1, 0, 1)]
for a, b, c in equations:
    print(f"{a}x^2 + {b}x + {c} = 0 -> roots {solve(a, b, c)}")
print("done")
