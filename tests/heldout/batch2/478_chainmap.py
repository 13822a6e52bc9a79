from collections import ChainMap
defaults = {"color": "red", "user": "guest", "size": 10}
env = {"user": "admin"}
cli = {"size": 12}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["size"], len(cfg), sorted(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"user": "tmp"})
print(child["user"], child.parents["user"], len(child.maps))
del cfg["color"]
print(cfg["color"])
try:
    del cfg["user"]
except KeyError as e:
    print(type(e).__name__, e)
print(dict(sorted(cfg.items())))
