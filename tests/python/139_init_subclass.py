# __init_subclass__ hooks with keyword arguments, and class registries.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(Plugin.registry["b"] is Beta, hasattr(Plugin, "plugin_name"))
