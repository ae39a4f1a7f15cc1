# Under IGNORECASE a set is folded only when it holds a cased character, and then the
# categories inside it test the subject character's lowercase form (SRE's
# IN_UNI_IGNORE); \W, \w, \d, \s alone are never folded. U+0345 (a combining mark)
# and U+03B9 (iota) share an uppercase, which shows the difference.
import re

chars = '\u0345\u03b9\u1fbe\u0399iIı\u0130sS\u017fkK\u212a\xdf\u1e9e\u03c3\u03c2\u03a3\xb5\u03bc1_ -'
patterns = [r'\W', r'\w', r'[^\W]', r'[\W]', r'[I\w0-9]', r'[I\W]', r'[^I\W]', r'[a\d]',
            r'[a\s]', r'[^a\s]', r'[\w\s]', r'[0-9\w]', r'[\u0345]', r'[\u03b9]', r'\u0345',
            r'[^\u0345]', r'[k-k]', r'[K]', r'[\u212a]', r'[s]', r'[\u017f]', r'[\xb5]',
            r'[\u03c3]', r'[\u03c2]', r'[\u1fbe]', r'[i]', r'[\u0130]', r'[\u0131]',
            r'[A-Z]', r'[^A-Z]', r'[\u0370-\u03ff]', r'[\x00-\x7f]', r'[^\x00-\x7f]',
            r'[\U00010400]', r'[\U00010428]', r'[\U00010400-\U00010410]']
for p in patterns:
    for flags in (re.I, re.I | re.A, 0):
        r = re.compile(p, flags)
        print(repr(p), flags, ''.join(c if r.fullmatch(c) else '.' for c in chars))
print(re.fullmatch(r'[\U00010400]', '\U00010428', re.I))
print(re.fullmatch(r'[\U00010400-\U00010410]', '\U00010430', re.I))
print(re.fullmatch(r'\U00010400', '\U00010428', re.I))
print(re.fullmatch(rb'[a\w]', b'\xc9', re.I))
print(re.fullmatch(rb'[a\w]', b'A', re.I))
print(re.fullmatch(rb'[\W]', b'A', re.I))
