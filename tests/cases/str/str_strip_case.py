# strip family and case conversions
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print(repr("".strip()), repr("   ".strip()))
print("Hello World".upper(), "Hello World".lower())
print("hello world".title(), "HELLO wORLD".title(), "they're bill's".title())
print("hello world".capitalize(), "HELLO".capitalize(), "1abc".capitalize())
print("MiXeD".lower().upper())
print("abc".isupper(), "ABC".isupper(), "AbC".islower(), "abc1".islower(), "123".isupper())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab c".isalpha())
print("  \t\n".isspace(), "".isspace(), " a ".isspace())
print("Title Case" == "title case".title())
