import os
print(os.name, repr(os.sep), repr(os.altsep), repr(os.extsep), repr(os.pathsep), repr(os.linesep))
print(os.curdir, os.pardir, os.devnull, os.defpath)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.EX_OK, os.WNOHANG)
