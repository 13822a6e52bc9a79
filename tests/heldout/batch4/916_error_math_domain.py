# error case: uncaught ValueError (math domain error) inside a generator pipeline
import math
def roots(values):
    for v in values:
        yield v, math.sqrt(v)
def logs(values):
    for v in values:
        yield v, round(math.log10(v), 6)
for v, r in logs([1, 10, 1000, 0.01]):
    print(f'log10({v}) = {r}')
try:
    math.log(0)
except ValueError as e:
    print('caught:', e)
total = 0.0
for v, r in roots([16, 2.25, 0, -4, 9]):
    total += r
    print(f'sqrt({v}) = {r}  running total {total}')
print('not reached')
