import importlib, importlib.util, importlib.machinery, pkgutil, sys
print(importlib.__file__.endswith('python3.12/importlib/__init__.py'))
print(importlib.import_module('json').__name__, importlib.import_module('.decoder', 'json').__name__)
spec = importlib.util.find_spec('colorsys'); print(spec.name, spec.origin.endswith('colorsys.py'))
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod); print(mod.rgb_to_hsv(1, 0, 0))
print(importlib.util.resolve_name('.x', 'pkg'), importlib.machinery.SOURCE_SUFFIXES, importlib.util.find_spec('no_such_mod_xyz'))
print(pkgutil.get_data('json', '__init__.py')[:3], importlib.util.spec_from_loader('n', None))
print(importlib.reload(mod).__name__, importlib.util.cache_from_source('/a/b.py').startswith('/a/__pycache__/b.'))
