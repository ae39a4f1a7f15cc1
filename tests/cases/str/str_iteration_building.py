# iterating over strings, building new strings, reversing, counting
s = "Mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(s))
print(list(enumerate("abc")))
print("".join(reversed(s)), s[::-1] == "".join(reversed(s)))
vowels = [c for c in s.lower() if c in "aeiou"]
print(vowels, len(vowels))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, xyz")
print(caesar)
print(sorted(counts))
def is_pal(w):
    w = "".join(c.lower() for c in w if c.isalpha())
    return w == w[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(max(s), min(s), sorted(s))
