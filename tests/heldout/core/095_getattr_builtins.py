class Cfg:
    debug = False
    def __init__(self):
        self.level = 3
c = Cfg()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", None))
setattr(c, "level", 5)
setattr(c, "new_attr", "n")
print(c.level, c.new_attr, hasattr(c, "new_attr"))
print(vars(c))
delattr(c, "new_attr")
print(sorted(vars(c)))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Cfg) if not k.startswith("__")))
for name in ["upper", "split"]:
    print(getattr("Hello world", name)())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print("level" in dir(c), "debug" in dir(c))
