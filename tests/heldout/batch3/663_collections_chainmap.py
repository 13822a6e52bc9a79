from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"])
print(sorted(cfg.keys()), len(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"user": "child"})
print(child["user"], child.parents["user"])
print(len(child.maps))
del cfg["color"]
print(cfg["color"])
try:
    del cfg["user"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
