import sys, types
m = types.ModuleType('fake')
m.__all__ = ['a', 3]
m.a = 1
sys.modules['fake'] = m
try:
    exec('from fake import *', {})
except TypeError as e:
    print('TypeError:', e)
m.__all__ = ['a', 'missing']
try:
    exec('from fake import *', {})
except AttributeError as e:
    print('AttributeError:', e)
del m.__all__
m.__dict__[5] = 'x'
try:
    exec('from fake import *', {})
except TypeError as e:
    print('TypeError:', e)
del m.__dict__[5]
m._hidden = 2
g = {}
exec('from fake import *', g)
print(sorted(k for k in g if k != '__builtins__'))
