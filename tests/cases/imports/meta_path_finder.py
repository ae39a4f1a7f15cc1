# A user-written meta path finder and loader (PEP 451).
import sys
import importlib.machinery
import importlib.util

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        print('exec_module', module.__name__, module.__spec__.name, module.__loader__ is self)
        module.value = module.__name__.upper()

class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith('virtual'):
            print('find_spec', name, path if path is None else list(path))
            is_pkg = '.' not in name
            return importlib.machinery.ModuleSpec(name, Loader(), origin='virtual', is_package=is_pkg)
        return None

sys.meta_path.insert(0, Finder())
import virtual
print(virtual.value, virtual.__package__, virtual.__path__, virtual.__spec__.origin)
import virtual.child
print(virtual.child.value, virtual.child.__package__)
from virtual import other
print(other.value)
print(sys.modules['virtual.other'] is other)
spec = importlib.util.find_spec('virtual_again')
print(spec.name, spec.origin, type(spec.loader).__name__)
m = importlib.util.module_from_spec(spec)
print(m.__name__, m.__spec__ is spec)
sys.meta_path.pop(0)
try:
    import virtual_more
except ModuleNotFoundError as e:
    print(e, e.name)
