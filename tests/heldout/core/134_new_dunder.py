class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5) + 1).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Tracker:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
Tracker(1, 2)
class Other:
    def __init__(self):
        print("never")
class Factory:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Factory())
