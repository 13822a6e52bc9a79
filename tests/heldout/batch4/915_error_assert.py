# error case: failing assert with a message
def mean(xs):
    assert xs, 'mean() of empty list'
    return sum(xs) / len(xs)
def checked_ratio(a, b):
    assert b != 0, f'denominator is zero (a={a})'
    return a / b
print(mean([1, 2, 3]))
print(mean([10]))
print(checked_ratio(1, 4))
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print('caught bare assert', repr(e.args))
try:
    checked_ratio(5, 0)
except AssertionError as e:
    print('caught:', e)
print(mean([]))
print('not reached')
