import gc

phases = []


def cb(phase, info):
    phases.append((phase, info["generation"], sorted(info)))


gc.disable()
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
gc.collect()
gc.enable()
for p in phases:
    print(p[0], p[1], p[2] if p[0] == "stop" else "")
print(len(phases))
seen = []


def counting(phase, info):
    if phase == "stop":
        seen.append(info["collected"])


class Cyc:
    def __init__(self):
        self.self_ref = self


gc.disable()
gc.collect()
for _ in range(10):
    Cyc()
gc.callbacks.append(counting)
gc.collect()
gc.callbacks.remove(counting)
gc.enable()
print(len(seen), seen[0] >= 10, all(isinstance(v, int) for v in seen))
print(cb not in gc.callbacks, counting not in gc.callbacks)
order = []
gc.callbacks.append(lambda ph, inf: order.append("first:" + ph))
gc.callbacks.append(lambda ph, inf: order.append("second:" + ph))
gc.disable()
gc.collect()
gc.enable()
del gc.callbacks[-2:]
print(order)
