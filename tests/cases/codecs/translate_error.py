# UnicodeTranslateError: fields (encoding is None), messages for narrow and wide characters.
e = UnicodeTranslateError('abc', 1, 2, 'why')
print(e, e.encoding, e.object, e.start, e.end, e.reason, e.args)
for s, a, b in [('a\u20acb\U0001d11e\xff', 1, 2), ('a\u20acb\U0001d11e\xff', 3, 4), ('a\u20acb\U0001d11e\xff', 4, 5), ('abc', 0, 1), ('abc', 0, 3), ('abc', 2, 2)]:
    print(UnicodeTranslateError(s, a, b, 'r'))
    print(UnicodeEncodeError('enc', s, a, b, 'r'))
e = UnicodeEncodeError('x', 'abc', 1, 1, 'why'); e.start = 0; print(e, e.args)
e = UnicodeEncodeError('x', 'abc', 1, 2, 'why'); e.encoding = 'other'; print(e, e.args)
try:
    UnicodeTranslateError('abc', 1, 2)
except TypeError as x:
    print(x)
