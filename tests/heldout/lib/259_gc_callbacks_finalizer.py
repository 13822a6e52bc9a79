import gc
print(isinstance(gc.callbacks, list))
log = []
def cb(phase, info):
    log.append(phase)
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(log)
class F:
    def __init__(self, name, out):
        self.name = name
        self.out = out
        self.me = self
    def __del__(self):
        self.out.append(self.name)
out = []
F("f1", out)
gc.collect()
print(out)
print(gc.garbage)
