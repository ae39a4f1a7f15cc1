# character classes: ranges, negation, escapes, special positions
import re

cases = [
    ('[abc]+', 'xxbcaxx'), ('[a-c]+', 'xxabcdxx'), ('[^a-c]+', 'abcxyzabc'),
    ('[]a]+', 'x]a]x'), ('[^]a]+', ']]xyz]'), ('[a-]+', 'x-a-x'), ('[-a]+', 'x-a-x'),
    ('[a\\-z]+', 'b-za'), ('[\\]]', 'a]'), ('[\\\\]', 'a\\'), ('[.]', 'a.b'),
    ('[*+?]+', 'a*+?b'), ('[\\d]+', 'ab123'), ('[\\w.]+', '  a.b_c  '),
    ('[^\\W\\d]+', '12abc34'), ('[\\s,]+', 'a , b'), ('[\\x41-\\x5a]+', 'abcDEFghi'),
    ('[0-9a-fA-F]+', 'zz0xDEADbeefzz'), ('[\\n]', 'a\nb'), ('[$^]+', 'a$^b'),
    ('[\u00e0-\u00ff]+', 'caf\u00e9s\u00e9'), ('[\\u0100-\\uffff]+', 'abc\u0101\u4e2d\u6587def'),
    ('[^a]', 'aaa'), ('[(){}]+', 'x(){}x'), ('[|]', 'a|b'), ('[a-a]', 'a'),
    ('[\\b]', 'a\bb'), ('[\\0]', 'a\x00'), ('[\\101]', 'xA'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(m.group()) if m else None)
print(re.findall('[aeiou]', 'programming language'))
print(re.findall('[^aeiou ]+', 'programming language'))
print(re.sub('[^a-zA-Z0-9]', '_', 'hello, world! 123'))
