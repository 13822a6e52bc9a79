# classmethod and staticmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print([y for y in range(1896, 1913) if Date.is_leap(y)])
class Registry:
    _items = []
    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return len(cls._items)
    @classmethod
    def items(cls):
        return list(cls._items)
class Sub(Registry):
    _items = []
print(Registry.register("a"), Sub.register("b"), Sub.register("c"))
print(Registry.items(), Sub.items())
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.__dict__["is_leap"].__func__(2004))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many())
f = Date.from_string
print(f.__self__.__name__, f("2000-1-2"))
