# An uncaught error raised while matching a class pattern.
class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def where(p):
    match p:
        case Point(0):
            return "origin"
        case Point(x, y):
            return "plane"


print(where(Point(0)))
print(where(Point(1)))
