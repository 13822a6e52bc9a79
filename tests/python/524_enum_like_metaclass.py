# An enum built from a metaclass (iteration, len, [] and `in` on the class)
# with int and str mixin bases: members are int/str subclass instances.
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v) and not isinstance(v, property)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            base = cls.__mro__[1] if len(cls.__mro__) > 2 else object
            if base is object or base.__name__ == "Enum":
                m = object.__new__(cls)
            else:
                m = base.__new__(cls, v)
            m._name_ = k
            m._value_ = v
            setattr(cls, k, m)
            cls._members[k] = m
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, m):
        return m in cls._members.values()
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
    @property
    def name(self):
        return self._name_
class IntEnum(int, Enum):
    pass
class StrEnum(str, Enum):
    def __str__(self):
        return str.__str__(self)
class Color(IntEnum):
    RED = 1
    GREEN = 2
class Mode(StrEnum):
    READ = "r"
    WRITE = "w"
print(Color.RED, repr(Color.GREEN), Color.RED + 1, Color.RED == 1, Color.GREEN > Color.RED, [c.name for c in Color], len(Color))
print(isinstance(Color.RED, int), sorted([Color.GREEN, Color.RED]), {Color.RED: "r"}[1], int(Color.GREEN), f"{Color.GREEN:03d}")
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "r", Mode.READ.upper(), "mode=" + Mode.WRITE, f"{Mode.READ}", Mode.READ in {"r"})
print(list(Color), Color.__mro__)
print(Color["GREEN"], repr(Mode["READ"]), Color.RED in Color, 5 in Color, "w" in Mode)
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError", e)
