import errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.ENOTEMPTY)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode) > 100, all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
import os
print(os.strerror(errno.ENOENT), os.strerror(errno.EISDIR))
