# Uncaught ZeroDivisionError from float division inside a method.
class Stats:
    def __init__(self, values):
        self.values = values
    def mean(self):
        return sum(self.values) / len(self.values)
    def ratio(self, x):
        return x / 0.0
print(Stats([1.0, 2.0]).mean())
try:
    Stats([]).mean()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
Stats([]).ratio(3)
