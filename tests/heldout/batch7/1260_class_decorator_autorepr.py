def auto_repr(*fields):
  def deco(cls):
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({args})"

    cls.__repr__ = __repr__
    cls._fields = list(fields)
    return cls
  return deco


def comparable_by(*attrs):
    def deco(cls):
        def key(self):
            return tuple(getattr(self, a) for a in attrs)
        cls.__eq__ = lambda self, o: key(self) == key(o)
        cls.__lt__ = lambda self, o: key(self) < key(o)
        cls.__hash__ = lambda self: hash(key(self))
        return cls
    return deco


registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@register
@comparable_by("last", "first")
@auto_repr("first", "last", "age")
class Person:
    def __init__(self, first, last, age=0):
        self.first = first
        self.last = last
        self.age = age


@register
@auto_repr("x", "y")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


people = [Person("Ada", "Lovelace", 36), Person("Alan", "Turing", 41), Person("Grace", "Hopper", 85),
          Person("Ada", "Byron", 1)]
print(sorted(people))
print(Person._fields, Point._fields)
print(Point(1, 2), [Point(i, i * i) for i in range(3)])
print(Person("A", "B") == Person("A", "B", 99))
print(len({Person("A", "B"), Person("A", "B", 5), Person("C", "B")}))
print(registry)
print(Person.__name__, Person.__init__.__name__)
