# PEP 420: a directory without __init__.py is a namespace package.
import _nspkg
import _nspkg._mod
from _nspkg._inner import _leaf
print(type(_nspkg.__path__).__name__, len(_nspkg.__path__))
print(_nspkg.__file__, _nspkg.__package__, _nspkg.__spec__.origin)
print(_nspkg.__spec__.has_location, _nspkg.__spec__.parent)
print(_nspkg._mod.NAME, _leaf.VALUE)
print(_nspkg._mod.__spec__.parent, _nspkg._mod.__spec__.has_location)
print(sorted(k for k in vars(_nspkg) if not k.startswith('_nspkg')))
print([p.rsplit('/', 1)[-1] for p in _nspkg.__path__])
