from collections import OrderedDict, ChainMap
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False), list(od))
od2 = OrderedDict(a=1, b=2)
print(od2 == OrderedDict(b=2, a=1), dict(od2) == dict(b=2, a=1))
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(user, defaults)
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"])
