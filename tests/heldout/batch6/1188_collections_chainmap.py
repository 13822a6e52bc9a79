from collections import ChainMap

defaults = {"theme": "light", "lang": "en", "size": 12}
user = {"theme": "dark"}
cli = {"size": 16}
cfg = ChainMap(cli, user, defaults)
print(cfg["theme"], cfg["lang"], cfg["size"], len(cfg), sorted(cfg))
print(dict(cfg), "lang" in cfg, cfg.get("missing", "-"))
cfg["lang"] = "fr"
print(cli, defaults["lang"])
del cfg["lang"]
print(cfg["lang"])
try:
    del cfg["theme"]
except KeyError as e:
    print("KeyError:", e)
child = cfg.new_child({"theme": "blue"})
print(child["theme"], cfg["theme"], len(child.maps), child.parents["theme"])
print(child.maps[0], child.parents.maps == cfg.maps)


class Scope:
    def __init__(self):
        self.vars = ChainMap({})

    def push(self):
        self.vars = self.vars.new_child()

    def pop(self):
        self.vars = self.vars.parents

    def set(self, k, v):
        self.vars[k] = v

    def get(self, k):
        return self.vars.get(k, "<undefined>")


s = Scope()
s.set("x", 1)
s.push()
s.set("y", 2)
s.set("x", 10)
print(s.get("x"), s.get("y"))
s.pop()
print(s.get("x"), s.get("y"))
empty = ChainMap()
print(empty, len(empty), empty.maps)
merged = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(list(merged.items()), list(merged.keys()), list(merged.values()))
print(repr(ChainMap({"k": 1}, {})))
print(merged | {"c": 4}, type(merged | {}).__name__)
