import math
print(math.sqrt(16), math.sqrt(2) ** 2 == 2, round(math.sqrt(2), 10))
print(math.pow(2, 10), 2 ** 10, math.exp(0), round(math.exp(1), 9))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(round(math.log(10), 10), round(math.log1p(1e-10), 15), round(math.expm1(1e-10), 15))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
