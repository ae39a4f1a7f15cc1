# string concatenation and repetition including zero and negative counts
print("ab" + "cd", "x" * 3, 3 * "yz")
print(repr("abc" * 0), repr("abc" * -2), repr("" * 100))
s = ""
for i in range(5):
    s += str(i)
print(s)
print("-" * 20)
print("=" * 3 + ">" + " " * 2 + "|")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
print("a" * True, repr("a" * False))
print(("ab" * 3)[1:5])
