import os
for bad in [3.5, None, [1]]:
    try:
        os.stat(bad)
    except TypeError as e:
        print(e)
try:
    os.mkdir(3)
except TypeError as e:
    print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
try:
    os.lstat('_no_such_file_here')
except FileNotFoundError as e:
    print(e, e.args)
try:
    os.fstat(9999)
except OSError as e:
    print(e)
