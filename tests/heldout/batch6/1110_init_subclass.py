class Shape:
    subclasses = []

    def __init_subclass__(cls, sides=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if sides is None:
            raise TypeError(f"{cls.__name__} must define sides")
        cls.sides = sides
        Shape.subclasses.append(cls.__name__)


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


class Cube(Square, sides=6):
    pass


print(Shape.subclasses)
print(Triangle.sides, Square.sides, Cube.sides)
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Shape.subclasses)


class Validated:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [name for name in cls.required if not hasattr(cls, name)]
        cls.valid = not missing
        cls.missing = missing


class Handler(Validated):
    required = ("handle", "name")
    name = "h"

    def handle(self):
        return "handled"


class Broken(Validated):
    required = ("handle",)


print(Handler.valid, Handler.missing, Broken.valid, Broken.missing)


class Plugin:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.full_name = prefix + cls.__name__


class Audio(Plugin, prefix="snd."):
    pass


class Video(Plugin):
    pass


print(Audio.full_name, Video.full_name)
try:
    class Wrong(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = name


class Model:
    a = Field()
    b = Field()


print(Model.a.name, Model.b.name)
