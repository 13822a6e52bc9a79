def serialize(obj, indent=0, seen=None):
    seen = set() if seen is None else seen
    pad = "  " * indent
    if isinstance(obj, (dict, list)):
        if id(obj) in seen:
            raise ValueError("circular reference detected")
        seen = seen | {id(obj)}
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(obj, list):
        if not obj:
            return "[]"
        inner = ",\n".join(pad + "  " + serialize(x, indent + 1, seen) for x in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {serialize(v, indent + 1, seen)}' for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(obj).__name__}")


doc = {"name": "widget", "tags": ["a", "b"], "dims": {"w": 2.5, "h": 10}, "active": True,
       "parent": None, "notes": 'say "hi"\nbye', "empty": [], "meta": {}}
print(serialize(doc))
shared = [1, 2]
print(serialize({"x": shared, "y": shared}).count("1"))
loop = {"k": []}
loop["k"].append(loop)
try:
    serialize(loop)
except ValueError as e:
    print("ValueError:", e)
try:
    serialize({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)


def nest(n):
    return [] if n == 0 else [nest(n - 1)]


print(serialize(nest(3)).replace("\n", " "))
import sys
limit = sys.getrecursionlimit()
try:
    serialize(nest(200))
    print("depth 200 ok")
except RecursionError:
    print("unexpected RecursionError")


def count_depth(x):
    return 1 + count_depth(x) if x else 0


try:
    count_depth(True)
except RecursionError:
    print("RecursionError for unbounded recursion")
print(limit >= 1000)
