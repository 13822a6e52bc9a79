import math


def std_dev(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return math.sqrt(var)


def solve_quadratic(a, b, c):
    disc = b * b - 4 * a * c
    root = math.sqrt(disc)
    return ((-b + root) / (2 * a), (-b - root) / (2 * a))


print(round(std_dev([2, 4, 4, 4, 5, 5, 7, 9]), 6))
print(solve_quadratic(1, -3, 2))
print(solve_quadratic(1, 2, 1))
print("solving x^2 + 1 = 0 with real math")
print(solve_quadratic(1, 0, 1))
