import io
import os
import sys

print('posix' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
print(sys.getfilesystemencodeerrors(), sys.getfilesystemencoding())
print(type(os.supports_fd).__name__)
os.register_at_fork(before=lambda: None, after_in_child=lambda: None)
for kw in [{}, {'before': 1}]:
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print('TypeError', e)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\rc')), d.newlines, d.getstate())
print(repr(d.decode('x\r', final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d2 = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d2.decode('p\r\nq\n')), d2.newlines)
print(io.UnsupportedOperation.__module__, issubclass(io.UnsupportedOperation, OSError))
print(issubclass(io.BufferedRWPair, io.BufferedIOBase), 'IncrementalNewlineDecoder' in io.__all__)
