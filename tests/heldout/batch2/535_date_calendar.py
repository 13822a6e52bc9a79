from datetime import date, timedelta
def month_end(y, m):
    first_next = date(y + m // 12, m % 12 + 1, 1)
    return first_next - timedelta(days=1)
print([month_end(2024, m).day for m in range(1, 13)])
print(month_end(2023, 2), month_end(1900, 2), month_end(2000, 2))
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, month_end(y, m + 1).day))
print(add_months(date(2020, 1, 31), 1), add_months(date(2020, 1, 31), 13), add_months(date(2020, 5, 15), -6))
def weekdays_between(a, b):
    return sum(1 for i in range((b - a).days) if (a + timedelta(i)).weekday() < 5)
print(weekdays_between(date(2021, 3, 1), date(2021, 4, 1)))
fridays13 = [date(2026, m, 13).strftime("%b") for m in range(1, 13) if date(2026, m, 13).weekday() == 4]
print(fridays13)
names = [date(2023, 1, 2 + i).strftime("%a") for i in range(7)]
print(names)
age = lambda born, on: on.year - born.year - ((on.month, on.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2020, 6, 14)), age(date(1990, 6, 15), date(2020, 6, 15)))
