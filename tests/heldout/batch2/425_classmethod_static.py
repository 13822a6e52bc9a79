class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"
class MyDate(Date):
    pass
d = Date.from_string("2024-3-7")
md = MyDate.from_string("1999-12-31")
print(d, md, type(md).__name__, Date.count)
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
print(d.is_leap(2024), Date.is_leap(2100))
