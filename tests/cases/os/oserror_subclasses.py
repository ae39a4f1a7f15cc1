import os, errno
for code in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EPIPE, errno.ENOTEMPTY]:
    e = OSError(code, os.strerror(code), 'f')
    print(type(e).__name__, e)
print(os.error is OSError)
e = OSError(2, 'x', 'a', None, 'b')
print(e, e.filename, e.filename2)
e = OSError(2, 'x')
print(e.filename, e.filename2)
