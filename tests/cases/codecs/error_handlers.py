# The built-in error handler functions of codecs (strict_errors, replace_errors...) and lookup_error.
import codecs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.lookup_error('ignore').__name__, codecs.lookup_error('replace') is codecs.replace_errors)
print(codecs.ignore_errors(UnicodeEncodeError('x', 'abc', 1, 2, 'r')))
print(codecs.replace_errors(UnicodeEncodeError('x', 'abc', 1, 3, 'r')))
print(codecs.replace_errors(UnicodeDecodeError('x', b'abc', 1, 3, 'r')))
print(codecs.replace_errors(UnicodeTranslateError('abc', 1, 3, 'r')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('x', b'abc', 1, 3, 'r')))
print(codecs.backslashreplace_errors(UnicodeEncodeError('x', 'a\xe9\u20ac\U0001d11e', 1, 4, 'r')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('x', 'a\xe9\u20ac\U0001d11e', 1, 4, 'r')))
t(lambda: codecs.ignore_errors(5))
t(lambda: codecs.replace_errors(ValueError()))
t(lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError('x', b'abc', 1, 3, 'r')))
t(lambda: codecs.strict_errors(UnicodeDecodeError('x', b'abc', 1, 3, 'r')))
t(lambda: codecs.strict_errors(5))
t(lambda: codecs.lookup_error('zz'))
