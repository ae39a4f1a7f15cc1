# catch_warnings(record=True) collects WarningMessage objects.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    warnings.warn_explicit("fourth", UserWarning, "f.py", 3, module="m")
print(len(w))
for m in w:
    print(type(m).__name__, type(m.message).__name__, m.message, m.category.__name__,
          m.lineno, m.file, m.line, m.source)
    print(m.filename == __file__ or m.filename)
print(str(w[3]))
print(w[0].message.args)
print(warnings.WarningMessage("m", UserWarning, "f", 3))
print(warnings.WarningMessage("m", None, "f", 3, line="src"))
print(warnings.WarningMessage._WARNING_DETAILS)

# Without "always", the default action shows each location once.
with warnings.catch_warnings(record=True) as w:
    for i in range(3):
        warnings.warn("loop")
    warnings.warn("loop")
print(len(w))
