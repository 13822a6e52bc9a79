from enum import Enum
class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"
    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]
    @property
    def can_go(self):
        return self is Light.GREEN
s = Light.RED
seq = []
for _ in range(5):
    seq.append((s.value, s.can_go))
    s = s.next()
print(seq)
print(Light("yellow").name, Light.RED in Light, str(Light.GREEN), f"{Light.GREEN.value}")
def act(light):
    match light:
        case Light.RED:
            return "stop"
        case Light.GREEN:
            return "go"
        case _:
            return "slow"
print([act(l) for l in Light])
