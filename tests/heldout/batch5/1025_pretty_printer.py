# a recursive pretty-printer for nested data
def pretty(obj, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{inner}{k!r}: {pretty(v, indent + step, step)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if not obj:
            return open_ + close
        if all(isinstance(x, (int, float, str, bool, type(None))) for x in obj) and len(repr(obj)) < 40:
            return repr(obj)
        items = [inner + pretty(x, indent + step, step) for x in obj]
        return open_ + "\n" + ",\n".join(items) + "\n" + pad + close
    if isinstance(obj, float):
        return f"{obj:.3g}"
    return repr(obj)
data = {
    "name": "report",
    "version": (1, 4, 2),
    "ratio": 0.333333,
    "tags": ["a", "b"],
    "empty": {},
    "items": [
        {"id": 1, "values": [1, 2, 3], "ok": True},
        {"id": 2, "values": [], "ok": None, "nested": {"deep": ["x" * 15, "y" * 15, "z" * 15]}},
    ],
}
print(pretty(data))
print(pretty([]), pretty(()), pretty(1e-9), pretty("s"))
def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, (list, tuple)):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0
def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return sum(count_leaves(v) for v in obj)
    return 1
print(depth(data), count_leaves(data))
