import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("111", base=10), int2.keywords, int2.func is int)
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), [square(i) for i in range(5)])
pfx = functools.partial(print, ">>", sep="|")
pfx("a", "b")
