class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
class Csv(Plugin, key="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), Csv.key, Json.key)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Generic[int], Generic[str])
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Owner:
    a = Named()
    b = Named()
print(list[int], dict[str, list[int]])
