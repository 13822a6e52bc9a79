from functools import partial
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7))
cube_mod = partial(power, exp=3, mod=10)
print(cube_mod(7))
two_to = partial(power, 2)
print(two_to(10))
print(square.func is power, square.args, square.keywords)
int2 = partial(int, base=2)
print(int2("1011"))
p2 = partial(partial(max, 5), 10)
print(p2(3), p2.args)
