# __init_subclass__ and __class_getitem__ and __set_name__
class Plugin:
    plugins = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.plugins[cls.key] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, key='b'):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.plugins), Beta.key, Gamma.key)
class Validated:
    required = ()
    def __init_subclass__(cls):
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f'{cls.__name__} missing {missing}')
class NeedsRun(Validated):
    required = ('run',)
    def run(self):
        return 'running'
print(NeedsRun().run())
try:
    class Broken(NeedsRun.__base__):
        required = ('go', 'stop')
except TypeError as e:
    print(type(e).__name__, e)
class Box:
    def __class_getitem__(cls, item):
        return f'Box[{getattr(item, "__name__", item)}]'
print(Box[int], Box['x'])
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    title = Field()
    count = Field()
print(Model.title.name, Model.count.owner)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__)
print(list(list[int].__args__), dict[str, int])
