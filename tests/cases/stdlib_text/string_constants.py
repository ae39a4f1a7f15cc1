import string
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(sorted(string.__all__))
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(all(c.isspace() for c in string.whitespace), all(c in string.printable for c in string.hexdigits))
for args in [('  hello   world  foo',), ('a-b--c', '-'), ('',), ('hELLO wORLD',), ("it's a 3rd try",),
             ('one,two, three', ','), ('\tx\ny  z\r',), ('ümlaut straße',), ('x', None)]:
    print(repr(string.capwords(*args)))
print(sum(1 for c in map(chr, range(128)) if c in string.printable))
