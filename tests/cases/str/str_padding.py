# center, ljust, rjust and zfill
print("[" + "abc".center(9) + "]")
print("[" + "abc".center(8) + "]")
print("[" + "abcd".center(9, "*") + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6) + "]")
print("[" + "abc".ljust(6, ".") + "]", "[" + "abc".rjust(6, "0") + "]")
print("[" + "abcdef".center(3) + "]", "[" + "abc".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("".zfill(3), "-".zfill(3))
for name, score in [("ann", 9), ("bartholomew", 100), ("cy", 55)]:
    print(name.ljust(12) + str(score).rjust(4))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
