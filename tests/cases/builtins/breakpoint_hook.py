# breakpoint() calls sys.breakpointhook, which honours $PYTHONBREAKPOINT
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__,
      breakpoint.__name__)


def hook(*a, **k):
    print('hook', a, k)
    return 'r'


sys.breakpointhook = hook
print(breakpoint(1, x=2))
print(breakpoint())
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
print(breakpoint(1, 2, k=3))
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print(breakpoint('via', 'builtins.print'))
os.environ['PYTHONBREAKPOINT'] = 'print'
print(breakpoint('bare', sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
for name in ('nosuchmod.func', 'os.nosuch', 'nosuch'):
    os.environ['PYTHONBREAKPOINT'] = name
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(breakpoint())
        print([(x.category.__name__, str(x.message)) for x in w])
os.environ['PYTHONBREAKPOINT'] = '0'
print(sys.__breakpointhook__('ignored'))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError:', e)
