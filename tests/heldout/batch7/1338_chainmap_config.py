from collections import ChainMap

defaults = {"color": "blue", "size": "M", "debug": False, "retries": 3}
file_cfg = {"size": "L", "retries": 5}
env_cfg = {"debug": True}
cli = {}
cfg = ChainMap(cli, env_cfg, file_cfg, defaults)
print(cfg["color"], cfg["size"], cfg["debug"], cfg["retries"])
print(sorted(cfg.keys()), len(cfg))
print(dict(sorted(cfg.items())))
cli["color"] = "red"
print(cfg["color"], cfg.maps[0])
cfg["new"] = 1
print(cli, "new" in defaults)
del cfg["color"]
print(cfg["color"])
try:
    del cfg["size"]
except KeyError as e:
    print("KeyError:", e)
print(cfg.get("missing", "default"), "debug" in cfg)
child = cfg.new_child({"size": "XS"})
print(child["size"], cfg["size"], len(child.maps), child.parents["size"])


def lookup(name, scopes):
    for i, scope in enumerate(scopes.maps):
        if name in scope:
            return i, scope[name]
    raise NameError(name)


scopes = ChainMap({"x": 1}, {"x": 10, "y": 20}, {"z": 300})
print(lookup("x", scopes), lookup("y", scopes), lookup("z", scopes))
inner = scopes.new_child()
inner["y"] = "shadow"
print(inner["y"], scopes["y"], inner.parents is not None)
try:
    lookup("w", scopes)
except NameError as e:
    print("NameError:", e)
print(repr(ChainMap({"a": 1}, {"b": 2})))
