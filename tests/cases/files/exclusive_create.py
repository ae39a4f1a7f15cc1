name = '_tmp_exclusive_create.txt'
open(name, 'w').close()
try:
    open(name, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open(name, 'xb')
except OSError as e:
    print(isinstance(e, FileExistsError))
