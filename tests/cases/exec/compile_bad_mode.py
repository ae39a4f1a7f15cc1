# compile()'s mode must be one of three.
try:
    compile("1", "f", 1)
except TypeError as e:
    print(e)
compile("1", "f", "evaluate")
