def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", type(e).__name__, e)
        return None
    else:
        print("ok")
        return r
    finally:
        print("finally", a, b)
print(divide(6, 3))
print(divide(1, 0))
for v in ["12", "x", None]:
    try:
        print(int(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, repr(e))
try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
