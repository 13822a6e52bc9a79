# realistic program: enum-based state machine
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
class Event(Enum):
    START = 'start'
    PAUSE = 'pause'
    RESUME = 'resume'
    FINISH = 'finish'
    RESET = 'reset'
TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
    (State.DONE, Event.RESET): State.IDLE,
    (State.PAUSED, Event.RESET): State.IDLE,
}
class InvalidTransition(Exception):
    pass
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f'{event.value!r} not allowed in {self.state.name}')
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self.state
m = Machine()
for ev in ['start', 'pause', 'resume', 'pause', 'finish', 'reset', 'start', 'finish', 'reset']:
    try:
        new = m.fire(Event(ev))
        print(f'{ev:>7} -> {new.name}')
    except InvalidTransition as e:
        print(f'{ev:>7} !! {e}')
print([s.name for s in m.history])
from collections import Counter
print(sorted((s.name, c) for s, c in Counter(m.history).items()))
reachable = {State.IDLE}
frontier = [State.IDLE]
while frontier:
    s = frontier.pop()
    for (src, _), dst in TRANSITIONS.items():
        if src is s and dst not in reachable:
            reachable.add(dst)
            frontier.append(dst)
print(sorted(s.name for s in reachable), len(State), State(2).name, Event('reset'))
try:
    Event('jump')
except ValueError as e:
    print(type(e).__name__, e)
