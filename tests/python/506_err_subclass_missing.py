# An uncaught KeyError raised by a dict subclass's __missing__.
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")


d = Strict(a=1)
print(d["a"], d.get("x"))
print(d["x"])
