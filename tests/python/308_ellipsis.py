# The Ellipsis singleton.
x = ...
print(x, repr(x), type(x).__name__, x is Ellipsis, ... is ..., bool(...))
def stub():
    ...
print(stub())
class Proto:
    def method(self): ...
print(Proto().method())
print([..., 1], {"k": ...}, (...,), str(...))
print(Ellipsis == ..., hash(...) == hash(Ellipsis))
