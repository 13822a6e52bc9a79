# functools.singledispatch with register(type) and fallback through the MRO
from functools import singledispatch


@singledispatch
def show(x):
    return "object:" + repr(x)


@show.register(int)
def _(x):
    return "int:%d" % x


@show.register(list)
def _(x):
    return "list of %d" % len(x)


class Base:
    pass


class Derived(Base):
    pass


@show.register(Base)
def _(x):
    return "base:" + type(x).__name__


print(show(3), show(True), show([1, 2]), show("s"), show(Derived()), show(None))
print(show.dispatch(bool) is show.dispatch(int), sorted(k.__name__ for k in show.registry))
