from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["color"], cm["user"])
print(sorted(cm.keys()))
cm["color"] = "blue"
print(env, defaults)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"])
print(len(child.maps))
del cm["color"]
print(cm["color"])
try:
    del cm["nothere"]
except KeyError as e:
    print(type(e).__name__)
print(dict(sorted(cm.items())))
