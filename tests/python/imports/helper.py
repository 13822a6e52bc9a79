"""A plain helper module."""
print("helper: loading", __name__)
VALUE = 42
_private = "hidden"


def greet(who):
    return "hello " + who


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n
