# __name__ of __main__, of imported modules, and __module__/__qualname__ of their objects
print(__name__)
import _names_mod
print(_names_mod.__name__, _names_mod.MY_NAME, _names_mod.func())
print(_names_mod.Thing().method())
print(_names_mod.func.__module__, _names_mod.Thing.__module__)
print(_names_mod.Thing.Inner.__qualname__, _names_mod.Thing.Inner.__module__)
print(_names_mod.Thing.method.__qualname__)
import _rel._sub._deep
print(_rel.__name__, _rel._sub.__name__, _rel._sub._deep.__name__)
print(_rel._sub._deep.chain.__module__)
print(_rel._util.__package__, _rel.__package__, _rel._sub._deep.__package__)

def local():
    pass

class Local:
    def m(self):
        def inner():
            pass
        return inner

print(local.__module__, Local.__module__, Local.m.__qualname__)
print(Local().m().__qualname__)
import sys
print(sys.modules[__name__].local is local)
print(type(_names_mod).__name__)
