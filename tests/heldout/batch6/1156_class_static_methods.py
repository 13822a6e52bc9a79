from datetime import date


class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}/{self.month:02d}/{self.year}"


print(Date.from_string("2024-02-29"), EuroDate.from_string("2023-07-04"))
print(str(EuroDate.from_tuple((1999, 12, 31))))
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], Date(1, 1, 1).is_leap(2024))
print(type(EuroDate.from_string("2000-1-2")).__name__)


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


class MathUtil:
    PI = 3.14159

    @staticmethod
    def square(x):
        return x * x

    @classmethod
    def circle_area(cls, r):
        return round(cls.PI * cls.square(r), 3)


print(MathUtil.square(4), MathUtil().square(5), MathUtil.circle_area(2))
sm = MathUtil.__dict__["square"]
cm = MathUtil.__dict__["circle_area"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(3), cm.__func__(MathUtil, 1))
bound = MathUtil.circle_area
print(bound.__self__ is MathUtil, bound.__func__.__name__)
m = Date(2020, 1, 1)
meth = m.__repr__
print(meth(), meth.__self__ is m, Date.__repr__(m))
print(d := date(2024, 3, 15), d.isoformat(), date.fromisoformat("2021-06-01").year, d.replace(day=1))


class Shape:
    registry = {}

    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco

    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)


@Shape.register("sq")
class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Shape.create("sq", 3).area(), list(Shape.registry))
