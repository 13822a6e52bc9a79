# gc.disable() stops automatic collection; enable() resumes it; results are the same either way
# gc-stress: 1000
import gc

def work(n):
    out = []
    for i in range(n):
        out.append({"i": i, "s": str(i), "l": [i] * 3})
        out = out[-100:]
    return sum(d["i"] for d in out), out[-1]

gc.disable()
print(gc.isenabled(), work(6000))
gc.enable()
print(gc.isenabled(), work(6000))
gc.disable()
gc.disable()
print(gc.isenabled())
print(isinstance(gc.collect(), int))
gc.enable()
gc.enable()
print(gc.isenabled())
