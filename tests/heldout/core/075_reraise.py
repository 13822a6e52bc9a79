def risky():
    raise ValueError("orig")
try:
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("outer got", e)
try:
    try:
        risky()
    except ValueError as e:
        err = e
        raise err
except ValueError as e:
    print("outer again", e)
def f():
    try:
        raise KeyError("a")
    except KeyError as e:
        caught = e
    try:
        e
    except NameError as ne:
        print(type(ne).__name__, ne)
    return caught
print(repr(f()))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
