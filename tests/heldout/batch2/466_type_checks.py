values = [1, 2.0, "3", [4], (5,), {6: 6}, {7}, None, True, b"8", 3j, range(2)]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)))
print(type(True) is bool, isinstance(True, int), issubclass(bool, int))
print(type(type), type(int).__name__, type(None).__name__)
print(int.__name__, str.__mro__, bool.__bases__)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, str):
        return "str"
    return "other"
print([kind(x) for x in (True, 0, "", 0.0)])
