def f1():
    try:
        return "try"
    finally:
        print("f1 finally")


print(f1())


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


print(f2())


def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(f3())


def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i


print("f4 ->", f4())


def f5(x):
    try:
        result = 10 / x
    except ZeroDivisionError:
        print("except")
        return None
    else:
        print("else")
        return result
    finally:
        print("finally")


print(f5(2))
print(f5(0))


def f6():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log


print(f6())


def f7():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)


print(f7())


def f8():
    try:
        raise ValueError("original")
    finally:
        try:
            raise TypeError("in finally")
        except TypeError:
            print("handled inside finally")


try:
    f8()
except ValueError as e:
    print("still propagates:", e)


def counter():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
        finally:
            print("loop finally", n)


print(counter())


def f9():
    try:
        raise ValueError
    except ValueError:
        try:
            raise
        except ValueError as e:
            return "reraised " + type(e).__name__


print(f9())
