# classmethod and staticmethod: alternative constructors, calls through
# instances and subclasses.
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
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class Birthday(Date):
    pass
d = Date.from_string("2024-02-29")
b = Birthday.from_string("2000-01-01")
print(d, b, Date.count, Date.is_leap(2024), d.is_leap(1900), b.is_leap(2000))
print(Date.kind(), Birthday.kind(), b.kind(), type(b) is Birthday)
f = Date.is_leap
print(f(2023), callable(f))
