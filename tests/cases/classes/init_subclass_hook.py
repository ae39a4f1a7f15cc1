# __init_subclass__ with keyword arguments, registries and inheritance of the hook
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "from", cls.__mro__[1].__name__)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"] is Beta)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.serial = Counted.subclasses
class One(Counted):
    pass
class Two(Counted):
    pass
class Three(Two):
    pass
print(One.serial, Two.serial, Three.serial, Counted.subclasses, hasattr(Counted, "serial"))
try:
    class Bad(Counted, flavour="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
class Validated:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define required")
class Good(Validated):
    required = True
try:
    class Missing(Validated):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good.required, "Missing" in dir())
class NoHook:
    pass
try:
    class Kw(NoHook, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
