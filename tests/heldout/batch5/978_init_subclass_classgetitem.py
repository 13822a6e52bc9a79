# __init_subclass__ and __class_getitem__
class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class CSV(Plugin, name="csv-export"):
    pass
class Json(Plugin):
    pass
class PrettyJson(Json, name="pretty"):
    pass
print(Plugin.plugins, CSV.plugin_name, PrettyJson.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class RequiresRun:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "run" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define run")
class Good(RequiresRun):
    def run(self):
        return "running"
print(Good().run())
try:
    class Missing(RequiresRun):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class TypedList:
    def __class_getitem__(cls, item):
        name = getattr(item, "__name__", repr(item))
        return f"{cls.__name__}[{name}]"
print(TypedList[int], TypedList[str], TypedList["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
print(type[int], type(alias).__name__)
class Box:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls.__name__, len(params))
print(Box[int], Box[int, str, float])
