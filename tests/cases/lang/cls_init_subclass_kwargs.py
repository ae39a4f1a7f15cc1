# __init_subclass__ with keyword arguments, implicit classmethod, chaining through super()
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.plugins[cls.key] = cls

class Alpha(Plugin, key="a"): pass
class Beta(Plugin): pass
class Gamma(Beta, key="g"): pass
print(sorted(Plugin.plugins), Gamma.key, Beta.key)

class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("Mixin.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)

class Root(Mixin):
    def __init_subclass__(cls, flag=False, **kwargs):
        print("Root.__init_subclass__", cls.__name__, flag)
        super().__init_subclass__(**kwargs)

class Leaf(Root, flag=True): pass
try:
    class Bad(Root, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
print(type(Root.__dict__["__init_subclass__"]).__name__)
