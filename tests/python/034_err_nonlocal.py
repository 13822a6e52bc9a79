# `nonlocal` must name a variable of an enclosing function: CPython
# rejects the whole file before running anything.
print("not printed: the file does not compile")

def make_accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add

def broken():
    def inner():
        nonlocal missing
        missing = 1
    return inner
