# typing.NamedTuple: single-field docstrings, methods, defaults, comparison between NamedTuples
from typing import NamedTuple
class E(NamedTuple):
    a: int
class F(NamedTuple):
    """Doc F."""
    a: int = 0
    def m(self): return 1
print(E.__doc__, E.__new__.__doc__, E.__qualname__, F.__module__, F().m(), F.__mro__, E(1) == F(1))
print(repr(E.a), E.__new__.__qualname__)
