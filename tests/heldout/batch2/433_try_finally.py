def f(x):
    try:
        print("try", x)
        if x == 0:
            raise ValueError("zero")
        return 10 / x
    except ValueError as e:
        print("except", e)
        return -1
    else:
        print("else")
    finally:
        print("finally")
print(f(2))
print(f(0))
def g():
    try:
        return "from try"
    finally:
        print("cleanup runs first")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
h()
def k():
    try:
        return 1
    finally:
        return 2
print(k())
