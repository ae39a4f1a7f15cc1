for s in ["straße", "ß", "ﬁ", "İ", "ǅ", "Σίσυφος", "ΣΑΣ", "hello world", "ǉubljana", "ŉ", "ΐ", "groß ABC", "ᾳ", "aẞ", "ﬀ"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ǅ".istitle(), "Ab Cd".istitle(), "AB".istitle(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "½".isdigit())
print("ａ".isalpha(), "\u00a0".isspace(), "\u2028".isspace(), "x\u0301".isalpha(), "Ⅻ".isnumeric(), "ⅻ".islower())
print("a\u2028b".splitlines(), "a\x1cb\x85c".splitlines(keepends=True), "abc".isidentifier(), "1a".isidentifier(), "ℌ".isidentifier())
print("İ".lower().encode("utf-8"), len("İ".lower()), "ß".upper(), len("ß".upper()))
