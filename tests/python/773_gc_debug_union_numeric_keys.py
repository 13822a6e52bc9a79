# gc.set_debug(DEBUG_SAVEALL) keeps unreachable instances in gc.garbage;
# gc.callbacks see the generation asked for; freeze counts; a dict finds an
# instance key through a builtin value of equal hash and value; typing's
# Union equals the `X | Y` union.
import gc
from fractions import Fraction
from typing import Optional, Union

gc.disable()
events = []
def cb(phase, info):
    events.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
print(events)

class Marker:
    pass
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
m = Marker()
m.loop = m
del m
gc.collect()
print(sum(isinstance(o, Marker) for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.garbage, gc.get_debug())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.enable()

d = {Fraction(1, 2): "half", 3: "three"}
print(d[0.5], 0.5 in d, d.get(3.0), 0.75 in d)
d[0.5] = "HALF"
print(len(d), d)

print(int | str == Union[int, str], Union[str, int] == int | str)
print(Optional[int] == int | None, Union[int, str] == Union[str, int])
print(hash(Union[int, str]) == hash(Union[str, int]), int | str == Union[int, bytes])
