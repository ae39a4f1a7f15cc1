# string escape sequences and their repr
s = "tab\there"
print(s)
print(repr(s))
print("new\nline")
print(repr("new\nline"))
print("back\\slash", repr("back\\slash"))
print("quote\"d", 'single\'s')
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print("\x41\x42\x43", "\101\102")
print("\u00e9", len("\u00e9"), ord("\u00e9"))
print(repr("\x00\x01\x7f"))
print(repr("\r\x0b\x0c"))
print("a\
b")
print(r"raw\n\t", len(r"raw\n"))
print("""triple
quoted""")
print('''x'y"z''')
print(repr("""a
b"""))
print(len("\n\t\\"))
print(repr("é"), repr("\u2603"))
print("con" "cat" 'enated')
