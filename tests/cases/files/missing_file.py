try:
    open('_tmp_missing_file_does_not_exist.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
    print(e)
try:
    open('_tmp_no_such_dir/x.txt', 'w')
except OSError as e:
    print(type(e).__name__, e)
try:
    open('.')
except IsADirectoryError as e:
    print(e)
