# functools.partialmethod binds like a method; partial objects as callbacks
from functools import partial, partialmethod


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
handlers = {name: partial(print, "event:", name) for name in ["open", "close"]}
handlers["open"]()
handlers["close"](sep="|")
log = []
add = partial(log.append)
for i in range(3):
    add(i * i)
print(log, partial(sorted, reverse=True)([3, 1, 2]))
