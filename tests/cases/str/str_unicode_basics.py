# non-ASCII strings: length, indexing, case, ord/chr
s = "naïve café"
print(s, len(s), s[2], s.upper())
print(s[::-1])
print([ord(c) for c in "é€"], chr(8364), chr(233))
print("ß".upper(), "ÉCOLE".lower())
print("日本語", len("日本語"), "日本語"[1])
print("héllo".find("l"), "héllo".replace("é", "e"))
print(repr("ü"))
print("→".join(["a", "b", "c"]))
print(sorted(["é", "e", "z", "a"]))
print("Ω".isalpha(), "٣".isdigit())
word = "façade"
print(word.upper(), word.title(), word.center(10, "*"))
print(word.find("ç"), word.count("a"), word[3:])
