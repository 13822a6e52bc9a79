class Date:
    _days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not Date.is_valid(year, month, day):
            raise ValueError(f"invalid date {year}-{month}-{day}")
        self.year, self.month, self.day = year, month, day

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def is_valid(y, m, d):
        if not 1 <= m <= 12:
            return False
        days = 29 if m == 2 and Date.is_leap(y) else Date._days[m - 1]
        return 1 <= d <= days

    @classmethod
    def parse(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, year, n):
        m = 1
        while True:
            dim = 29 if m == 2 and cls.is_leap(year) else cls._days[m - 1]
            if n <= dim:
                return cls(year, m, n)
            n -= dim
            m += 1

    def day_of_year(self):
        return sum(29 if i == 1 and self.is_leap(self.year) else self._days[i] for i in range(self.month - 1)) + self.day

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"


class BusinessDate(Date):
    def weekday_name(self):
        y, m, d = self.year, self.month, self.day
        if m < 3:
            m += 12
            y -= 1
        k = (d + 13 * (m + 1) // 5 + y + y // 4 - y // 100 + y // 400) % 7
        return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][k]


print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
d = Date.parse("2024-03-01")
print(d, d.day_of_year(), Date.from_ordinal(2024, 60), Date.from_ordinal(2023, 365))
b = BusinessDate.parse("2024-07-04")
print(b, type(b).__name__, b.weekday_name(), BusinessDate.from_ordinal(2000, 1).weekday_name())
for text in ["2023-02-29", "2024-02-29", "2024-13-01", "2024-04-31"]:
    try:
        print(Date.parse(text))
    except ValueError as e:
        print("ValueError:", e)
print(d.is_leap(1999), Date.is_valid(2024, 2, 29), b.is_valid(2023, 2, 29))
print(type(Date.__dict__["parse"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.parse.__self__ is Date, BusinessDate.parse.__self__ is BusinessDate)
