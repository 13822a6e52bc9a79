# descriptors
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.private, value)
class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")
class Product:
    name = Typed(str)
    price = Positive(float)
    qty = Positive(int)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
p = Product("pen", 1.5, 10)
print(p.name, p.price, p.qty, Product.name.name, Product.qty.private)
for args in [("pen", "free", 1), ("pen", 1.0, 0), (5, 1.0, 1)]:
    try:
        Product(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
first = h.attr
h.__dict__["attr"] = "from instance"
print(first, "/", h.attr)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        pass
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
class Counted:
    reads = 0
    def __get__(self, obj, t=None):
        self.reads += 1
        return self.reads
class Z:
    c = Counted()
print(Z().c, Z().c, Z.c)
