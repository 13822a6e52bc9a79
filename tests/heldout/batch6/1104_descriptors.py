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
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Item:
    name = Typed(str)
    price = Positive(float)
    qty = Positive(int)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


it = Item("pen", 1.5, 4)
print(it.name, it.price, it.qty, it.total())
for args in [("pen", 2, 1), ("pen", 2.0, -1), (5, 1.0, 1)]:
    try:
        Item(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(Item.price).__name__, Item.price.name, Item.qty.private)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Data:
    def __init__(self, n):
        self.n = n

    @Lazy
    def squares(self):
        return [i * i for i in range(self.n)]


d = Data(5)
print(d.squares)
print(d.squares)
print("squares" in vars(d))


class ReadOnly:
    def __get__(self, obj, cls):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read only")


class Holder:
    answer = ReadOnly()


h = Holder()
h.__dict__["answer"] = 7
print(h.answer)
try:
    h.answer = 1
except AttributeError as e:
    print("AttributeError", e)


class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, cls):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)


class Calc:
    def __init__(self, base):
        self.base = base

    @Method
    def add(self, x):
        return self.base + x


print(Calc(10).add(5), Calc.add(Calc(1), 1))
