class Field:
    def __init__(self, kind, default=None, minimum=None):
        self.kind = kind
        self.default = default
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        owner._fields = getattr(owner, "_fields", []) + [name]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.storage, value)


class ReadOnly:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.func(obj)


class Product:
    name = Field(str, default="?")
    price = Field(float, default=0.0, minimum=0.0)
    qty = Field(int, default=0, minimum=0)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    total = ReadOnly(lambda self: round(self.price * self.qty, 2))

    def __repr__(self):
        return "Product(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"


print(Product._fields)
p = Product(name="widget", price=2.5, qty=4)
print(p, p.total)
q = Product()
print(q, q.total)
for attr, val in [("price", 3), ("qty", -1), ("name", "gadget"), ("qty", 7)]:
    try:
        setattr(q, attr, val)
        print("set", attr, "=", val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(q)
print(type(Product.price).__name__, Product.price.name, Product.price.storage)
print(sorted(k for k in vars(p)))
p.total = 99
print(p.total, vars(p)["total"])
