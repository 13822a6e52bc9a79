class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        print("acquire", name)
        if fail:
            raise RuntimeError(f"cannot init {name}")
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("release", self.name)
try:
    with Resource("a") as a, Resource("b", fail=True) as b:
        print("unreachable")
except RuntimeError as e:
    print(type(e).__name__, e)
objs = []
for n in ["x", "y", "z"]:
    try:
        objs.append(Resource(n, fail=(n == "y")))
    except RuntimeError as e:
        print("skip", e)
print([o.name for o in objs])
