class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"
class MyDate(Date):
    pass
d = Date.from_string("2024-03-05")
m = MyDate.from_string("1999-12-31")
print(d, m, type(m).__name__, Date.count)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.register("a"), Registry.register("b"), Registry.items)
