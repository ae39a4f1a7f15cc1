# A user-written path hook: sys.path_hooks / sys.path_importer_cache.
import sys
import importlib.machinery

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.where = 'hooked'

class EntryFinder:
    def __init__(self, entry):
        self.entry = entry
    def find_spec(self, name, target=None):
        if name == 'hooked_mod':
            return importlib.machinery.ModuleSpec(name, Loader(), origin=self.entry)
        return None

def hook(entry):
    if entry != '<virtual-entry>':
        raise ImportError('not mine')
    return EntryFinder(entry)

sys.path_hooks.insert(0, hook)
sys.path.append('<virtual-entry>')
import hooked_mod
print(hooked_mod.where, hooked_mod.__spec__.origin)
print(type(sys.path_importer_cache['<virtual-entry>']).__name__)
import _shapes
print(_shapes.__name__)
