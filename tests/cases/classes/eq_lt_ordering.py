# __eq__ and __lt__ enabling ==, sorting, min/max and reflected comparison
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + self.text

vs = [Version(t) for t in ["1.10", "1.2", "0.9.9", "1.2.0", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("1.2") == "1.2", Version("1.0") in vs, Version("0.9.9") in vs)
print(Version("2.0") > Version("1.9"))
print(sorted(vs, reverse=True))
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print("TypeError:", e)
