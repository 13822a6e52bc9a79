# Attribute and type-check hooks: metaclass __instancecheck__ and
# __subclasscheck__, __getattribute__ with object.__getattribute__ and the
# __getattr__ fallback, __dir__, f-string !a.
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class D2:
    quack = 1
print(isinstance(D2(), Duck), isinstance(1, Duck), issubclass(D2, Duck), issubclass(int, Duck), isinstance(D2(), (int, Duck)))
class G:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = G()
g.x = 1
print(g.magic, g.x)
class R:
    def __dir__(self):
        return ["b", "a"]
print(dir(R()))
print(f"{'é'!a}", f"{{literal}}", f"{3!r:>4}", f"{'x' * 3}")
class H:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback {name}"

    def method(self):
        return "method"


h = H()
h.v = 3
print(h.v, h.secret_x, h.method(), h.missing)
