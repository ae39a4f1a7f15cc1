# a module body runs once however it is imported; removing it from sys.modules reloads it
import _once
import _once as o2
from _once import add
print(add(1), o2.add(2), _once.add(3))
def f():
    import _once
    return _once.add(4)
print(f(), len(_once.state))
import sys
first = sys.modules["_once"]
del sys.modules["_once"]
import _once
print(_once is first, _once.state, first.state)
print(add(5), _once.add(6))
from _once import add as add2
print(add2 is add, add2 is _once.add)
import _once, _once
print(_once is sys.modules["_once"])
