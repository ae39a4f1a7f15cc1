# submodule of _pkg2
print("loading _pkg2._sub")
VALUE = "_sub value"
