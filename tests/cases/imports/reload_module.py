import importlib, os, sys
d = '/tmp/taipan_case_reload_module'
os.mkdir(d)
sys.path.insert(0, d)
try:
    with open(os.path.join(d, 'reloadme.py'), 'w') as f:
        f.write('count = 1\nkeep = "first"\n')
    import reloadme
    reloadme.extra = 'kept'
    print(reloadme.count, reloadme.keep)
    with open(os.path.join(d, 'reloadme.py'), 'w') as f:
        f.write('count = 2\n')
    r = importlib.reload(reloadme)
    print(r is reloadme, reloadme.count, reloadme.keep, reloadme.extra)
    try:
        importlib.reload(42)
    except TypeError as e:
        print('TypeError:', e)
finally:
    sys.path.remove(d)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    os.rmdir(d)
