import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(e)
names = sys.stdlib_module_names
print(type(names).__name__, len(names))
for n in ('os', 'sys', 're', 'json', 'collections', 'asyncio', '__future__', 'numpy', 'taipan'):
    print(n, n in names)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(sys.unraisablehook is sys.__unraisablehook__)
print(sys.gettrace(), sys.getprofile())
try:
    sys.gettrace(1)
except TypeError as e:
    print(e)
try:
    sys.setprofile()
except TypeError as e:
    print(e)
