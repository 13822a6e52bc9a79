def handle(ev):
    match ev:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)}:
            return f"key {k}"
        case {"type": "multi", **rest}:
            return f"multi rest={sorted(rest.items())}"
        case {}:
            return "some dict"
        case _:
            return "not a dict"
print(handle({"type": "click", "pos": (3, 4), "extra": 1}))
print(handle({"type": "key", "key": "a"}))
print(handle({"type": "key", "key": 5}))
print(handle({"type": "multi", "a": 1, "b": 2}))
print(handle({}))
print(handle([1]))
