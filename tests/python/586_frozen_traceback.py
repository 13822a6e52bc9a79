# An uncaught exception whose traceback goes through a frozen module.  abc is
# frozen in CPython 3.11 too, so both print `File "<frozen abc>", line 115, in
# register` without a source line under it (Pyrite's abc.py keeps that raise on
# line 115).  Also: frozen code run from the code image keeps its behaviour.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square:
    def area(self):
        return 4


Shape.register(Square)
print(isinstance(Square(), Shape), issubclass(Square, Shape), issubclass(int, Shape))
try:
    Shape()
except TypeError as e:
    print("caught:", e)
try:
    Shape.register(3)
except TypeError as e:
    print("caught:", e)


def setup(kind):
    return Shape.register(kind)


print(setup(dict) is dict)
setup("not a class")
print("not reached")
