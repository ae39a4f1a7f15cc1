import os
print(os.fsencode('abc'), os.fsencode(b'abc'), os.fsencode('h\u00e9'))
print(os.fsdecode(b'abc'), os.fsdecode('abc'), os.fsdecode(b'h\xc3\xa9'))
try:
    os.fsencode(1)
except TypeError as e:
    print(e)
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
