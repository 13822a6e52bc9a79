# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 3 > 2, 2 <= 2 >= 2 != 3)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 in [1] in [[1]], "a" < "b" != None, 0 <= 5 < 10)
x = 5
print(0 < x < 10, 10 < x < 20, not 0 < x < 3, x == 5 == x)
print([i for i in range(10) if 2 < i <= 5])
