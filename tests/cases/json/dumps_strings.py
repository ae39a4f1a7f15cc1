import json
strs = ['plain', 'quote"s', 'back\\slash', 'nl\nnl', 'cr\rtab\t', '\b\f', '\x00\x01\x1f',
        '\x7f', 'caf\u00e9', '\u4e2d\u6587', '\U0001d11e', '\U0001f600 smile', '\u2028\u2029',
        '/slash/', '\u0080\u00ff\u0100\uffff', "'single'"]
for s in strs:
    print(json.dumps(s))
    print(ascii(json.dumps(s, ensure_ascii=False)))
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
from json import encoder
print(encoder.encode_basestring('a"\n\u00e9'), encoder.encode_basestring_ascii('a"\n\u00e9\U0001d11e'))
print(json.dumps({'\u00e9': '\u00e9'}), ascii(json.dumps({'\u00e9': '\u00e9'}, ensure_ascii=False)))
class S(str):
    pass
print(json.dumps([S('sub'), {S('k'): S('v')}]))
