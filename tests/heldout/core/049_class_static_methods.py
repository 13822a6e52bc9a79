class Temp:
    unit = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.count += 1
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(d):
        return d > -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
class Kelvin(Temp):
    unit = "K"
t = Temp.from_f(212)
print(t.deg, type(t).__name__)
k = Kelvin.from_f(32)
print(k.deg, type(k).__name__)
print(Temp.valid(-300), t.valid(0))
print(Temp.describe(), Kelvin.describe(), k.describe())
print(Temp.count)
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
