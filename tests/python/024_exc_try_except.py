# try/except/else/finally control flow, `except E as e`, str(e), e.args,
# bare except, tuples of exception types, finally with return/break.

def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("  except:", e, "| args:", e.args)
        return None
    else:
        print("  else: no error")
        return result
    finally:
        print("  finally for", a, b)

print("divide(6, 3) ->", divide(6, 3))
print("divide(1, 0) ->", divide(1, 0))

def classify(value):
    try:
        return int(value) * 2
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)

for v in ["21", "x", None, 4.7]:
    print(repr(v), "->", classify(v))

def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        print("missing key", e, e.args, repr(e))
        return -1

print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))

count = 0
try:
    count += 1
    [1, 2, 3][10]
except:
    count += 10
print("bare except ran, count =", count)

def early_return():
    for i in range(5):
        try:
            if i == 2:
                return "returned at " + str(i)
        finally:
            print("  finally i =", i)

print(early_return())

def override():
    try:
        return "from try"
    finally:
        return "from finally"

print(override())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    except ValueError:
        print("never")
    finally:
        print("loop finally", i)

try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally runs first")
except ValueError as e:
    print("outer caught", e)

try:
    pass
except Exception:
    print("not printed")
else:
    print("else without exception")

e = "before"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

result = []
for text in ["1", "two", "3"]:
    try:
        n = int(text)
    except ValueError:
        result.append(0)
        continue
    result.append(n)
print(result)
