import os
s = os.stat_result(range(10))
print(s)
print(s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(s[7:], s.count(1), s.index(5))
s2 = os.stat_result(tuple(range(10)) + (1.5, 2.5, 3.5))
print(s2.st_atime, s2.st_mtime, s2[7])
s3 = os.stat_result(range(10), {'st_blksize': 4096, 'st_atime': 9.0})
print(s3.st_blksize, s3.st_atime, s3.st_rdev)
for bad in [(1, 2), range(20)]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print(e)
print(os.stat_result.__match_args__)
match s:
    case os.stat_result(st_mode=0, st_size=size):
        print('size', size)
