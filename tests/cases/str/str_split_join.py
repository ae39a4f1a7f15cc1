# split, rsplit and join variants
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("a b c".rsplit(), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "abc".split(","))
print("one::two::three".split("::"))
print("x".join(["a", "b", "c"]), "".join(["a", "b"]), ", ".join([]))
print("-".join("abc"))
print(" ".join(str(n) for n in range(5)))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,age\nann,30\nbob,25"
for line in csv.split("\n"):
    print(line.split(","))
