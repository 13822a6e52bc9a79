from enum import Enum


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @property
    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)


schedule = [1, 3, 6, 7, 5]
for n in schedule:
    day = Weekday(n)
    print(n, day.name, "weekend" if day.is_weekend else "workday")
print([d.name for d in Weekday if not d.is_weekend])
print(Weekday["FRI"].value, Weekday.SUN.value - Weekday.MON.value)
print("parsing day 8 ...")
Weekday(8)
