# Uncaught chained exception: raise ... from ... across function frames.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e
def load(items):
    return [parse(x) for x in items]
print(load(["1", "2"]))
load(["3", "x"])
