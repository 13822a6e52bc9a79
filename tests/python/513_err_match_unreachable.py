# A capture pattern before other cases makes them unreachable.
def f(x):
    match x:
        case [a, b]:
            return a + b
        case y:
            return y
        case 0:
            return 0
