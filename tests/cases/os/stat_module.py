import stat
print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.S_ISLNK(0o120777), stat.S_ISFIFO(0o10644))
print(stat.S_ISCHR(0o20666), stat.S_ISBLK(0o60660), stat.S_ISSOCK(0o140755), stat.S_ISDIR(0o100644))
print(oct(stat.S_IMODE(0o104755)), oct(stat.S_IFMT(0o104755)))
for m in [0o100644, 0o40755, 0o120777, 0o104755, 0o102755, 0o41777, 0o41776, 0o20666, 0o10600, 0o140700, 0o777]:
    print(oct(m), stat.filemode(m))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IRUSR, stat.S_IXOTH, stat.UF_HIDDEN)
