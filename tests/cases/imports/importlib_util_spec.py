import importlib, importlib.util, importlib.machinery, os, sys
print(importlib.util.resolve_name('.x', 'a.b'), importlib.util.resolve_name('..x', 'a.b'))
print(importlib.util.resolve_name('abs', None))
for bad in [('.x', None), ('...x', 'a.b')]:
    try:
        importlib.util.resolve_name(*bad)
    except ImportError as e:
        print('ImportError:', e)
print(importlib.util.find_spec('no_such_module_xyz'))
spec = importlib.util.find_spec('_shapes')
print(spec.name, os.path.basename(spec.origin), spec.has_location, spec.parent)
print(type(spec.loader).__name__, '_shapes' in sys.modules)
spec = importlib.util.find_spec('_pkg._sub')
print(spec.name, spec.parent, '_pkg' in sys.modules)
d = '/tmp/taipan_case_importlib_util_spec'
os.mkdir(d)
try:
    p = os.path.join(d, 'loose.py')
    with open(p, 'w') as f:
        f.write('X = 41\nprint("running", __name__)\n')
    spec = importlib.util.spec_from_file_location('loose_mod', p)
    print(spec.name, spec.origin == p, spec.has_location, spec.submodule_search_locations)
    m = importlib.util.module_from_spec(spec)
    print(m.__name__, m.__file__ == p, 'loose_mod' in sys.modules)
    spec.loader.exec_module(m)
    print(m.X)
    importlib.invalidate_caches()
finally:
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    os.rmdir(d)
print([n for n in ('ModuleSpec', 'SourceFileLoader', 'PathFinder', 'FileFinder', 'BuiltinImporter') if hasattr(importlib.machinery, n)])
print(importlib.machinery.SOURCE_SUFFIXES)
