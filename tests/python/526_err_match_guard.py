# An uncaught error in a match guard: the traceback points into the guard.
def f(v):
    match v:
        case [a, b] if a / b > 1:
            return "big"
        case _:
            return "small"
print(f([4, 2]))
print(f([1, 0]))
