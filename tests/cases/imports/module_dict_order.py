import _shapes, _pkg
print([k for k in vars(_shapes) if k.startswith('__')])
print([k for k in vars(_pkg) if k.startswith('__')])
print(_shapes.__doc__, _pkg.__doc__)
