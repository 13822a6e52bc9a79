# collections.ChainMap: lookup through several mappings, writes to the first, new_child
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm)
cm["color"] = "blue"
print(env, defaults)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.maps[0])
print(dict(cm), cm.get("missing", 0))
try:
    cm["nothing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del cm["user"]
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
