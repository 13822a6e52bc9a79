# classmethod alternate constructors, staticmethod helpers, inheritance of both.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today(cls):
        return cls(2024, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class Birthday(Date):
    pass
print(Date.from_string("2023-10-05"), Birthday.from_string("1999-12-31"), Birthday.today())
print(Date.is_leap(2000), Date.is_leap(1900), Birthday.is_leap(2024), Date(1, 1, 1).is_leap(3))
d = Date.today()
print(d.from_string("2020-02-02"), type(d.today()).__name__)
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), Counter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
print(type(Date.__dict__["from_string"]).__name__ if hasattr(Date, "__dict__") else "classmethod")
