# collections.ChainMap
from collections import ChainMap
defaults = {"color": "red", "size": "M", "user": "guest"}
env = {"size": "L"}
cli = {"user": "admin"}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["user"], len(cfg), sorted(cfg))
print(cfg.get("missing", "n/a"), "color" in cfg)
cfg["color"] = "blue"
print(cli, defaults["color"])
del cfg["user"]
print(cfg["user"], cli)
try:
    del cfg["size"]
except KeyError as e:
    print(type(e).__name__, e)
child = cfg.new_child({"size": "XS"})
print(child["size"], child.parents["size"], len(child.maps))
print(dict(sorted(child.items())))
scopes = ChainMap({"x": 1})
def enter():
    global scopes
    scopes = scopes.new_child()
def leave():
    global scopes
    scopes = scopes.parents
enter()
scopes["x"] = 2
scopes["y"] = 3
print(scopes["x"], scopes["y"], scopes.maps)
leave()
print(scopes["x"], "y" in scopes, scopes.maps)
cm = ChainMap()
print(cm.maps, len(cm), bool(cm))
cm2 = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(list(cm2.keys()) == ["a", "b"] or sorted(cm2.keys()), cm2["a"], sorted(cm2.values()))
print(cm2.pop("a"), cm2["a"])
try:
    cm2.pop("zzz")
except KeyError as e:
    print(type(e).__name__, e)
print(repr(ChainMap({"k": 1}, {})))
