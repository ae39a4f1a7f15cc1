import sys, types, os
import _nspkg, _shapes
print(repr(sys), repr(types.ModuleType('made')))
print(repr(_nspkg).split(' from ')[0], repr(_shapes).split(' from ')[0])
here = os.path.dirname(os.path.abspath(__file__))
print(repr(_shapes).replace(here, '<here>'))
m = types.ModuleType('filed')
m.__file__ = 'somewhere.py'
print(m)
class L:
    def __repr__(self):
        return '<L>'
m2 = types.ModuleType('loaded')
m2.__loader__ = L()
print(m2)
