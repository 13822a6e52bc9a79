old = {"host": "localhost", "port": 8080, "debug": True, "workers": 4}
new = {"host": "0.0.0.0", "port": 8080, "workers": 8, "timeout": 30}
added = new.keys() - old.keys()
removed = old.keys() - new.keys()
common = old.keys() & new.keys()
changed = {k for k in common if old[k] != new[k]}
print(sorted(added), sorted(removed), sorted(common), sorted(changed))
print(sorted(old.items() & new.items()), sorted(new.items() - old.items()))
print(sorted(old.keys() | new.keys()), sorted(old.keys() ^ new.keys()))
print(old.keys() == {"debug", "host", "port", "workers"}, "port" in old.keys(), ("port", 8080) in old.items())
print(8080 in old.values(), len(old.values()), sorted(map(str, old.values())))
keys = old.keys()
vals = old.values()
items = old.items()
old["extra"] = None
del old["debug"]
print(list(keys), list(vals), list(items)[-1], len(items))
print(keys.isdisjoint({"a", "b"}), keys <= {"host", "port", "workers", "extra", "zz"})
print(type(keys).__name__, type(vals).__name__, type(items).__name__)
print(list(reversed(keys)), list(reversed(items))[0])
try:
    old.values() - {1}
except TypeError as e:
    print("TypeError:", e)
for key in sorted(added | changed):
    print(f"{key}: {old.get(key)!r} -> {new[key]!r}")
inverted = {v: k for k, v in new.items()}
print(inverted)
print(dict(items) == old, {1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values())
