# slices create shallow copies; strings/tuples slices are new objects
orig = [[1], [2], [3]]
part = orig[0:2]
part[0] = "replaced"
part[1].append(99)
print(orig, part)
full = orig[:]
print(full == orig, full is orig, full[2] is orig[2])
s = "immutable"
print(s[:], s[:] == s, s[2:5])
t = (1, 2, 3, 4)
print(t[1:3], type(t[1:3]).__name__, t[:0])
r = range(0, 20, 2)
print(r[2:5], list(r[2:5]), r[::-1][0])
words = "alpha beta gamma delta".split()
print(words[1:3], words[-2:], words[:-2])
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(list(range(10)), 3), chunks("abcdefgh", 3))
