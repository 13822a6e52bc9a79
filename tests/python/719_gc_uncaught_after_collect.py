# An uncaught exception raised after many collections prints the right traceback and chain
import gc

class Boom(Exception):
    pass

def level3(data):
    gc.collect()
    raise Boom("deep failure: %d items" % len(data))

def level2(data):
    try:
        return level3(data)
    except Boom as e:
        junk = [[i] for i in range(2000)]
        gc.collect()
        raise RuntimeError("wrapped") from e

def level1():
    data = [str(i) for i in range(1000)]
    return level2(data)

for i in range(3):
    gc.collect()
level1()
