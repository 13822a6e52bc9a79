def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(f())
def g():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)
print(g())
def h():
    order = []
    try:
        try:
            order.append("inner try")
            raise KeyError("k")
        finally:
            order.append("inner finally")
    except KeyError:
        order.append("outer except")
    finally:
        order.append("outer finally")
    return order
print(h())
def k():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(k())
