# The _json accelerator functions, as json's modules use them.
import json.decoder, json.encoder, json.scanner
from json.decoder import scanstring
from json.encoder import encode_basestring, encode_basestring_ascii
print(scanstring('"abc"', 1), scanstring('xx"a\\"b"yy', 3), scanstring('"\u00e9\u00e9" "z"', 1))
print(scanstring('"a\tb"', 1, False))
for args in [('"abc', 1), ('"a\x01"', 1), ('"\\q"', 1), ('"\\u00"', 1), ('"\\', 1)]:
    try:
        scanstring(*args)
    except json.JSONDecodeError as e:
        print(e)
print(encode_basestring('a"b\\c\n\x00\x7f\u00e9\U0001d11e'))
print(encode_basestring_ascii('a"b\\c\n\x00\x7f\u00e9\U0001d11e\uffff'))
print(encode_basestring(''), encode_basestring_ascii(''))
dec = json.JSONDecoder()
print(dec.scan_once('[1, 2] tail', 0), dec.scan_once('ab"c"', 2))
for doc, idx in [('xyz', 0), ('[1]', 3), ('', 0)]:
    try:
        dec.scan_once(doc, idx)
    except StopIteration as e:
        print('StopIteration', e.value)
print(dec.raw_decode('\u00e9\u00e9 [1, "\u00e9"] x', 3))
print(json.loads('{"\u00e9": "\u00e9\u00e9", "k": [1, "\u4e2d"]}'))
try:
    json.loads('["\u00e9\u00e9", x]')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print('RecursionError', e)
print(json.loads('[' * 50 + ']' * 50))
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
import _json
print(_json.make_scanner, _json.make_encoder, type(dec.scan_once))
print(type(json.JSONEncoder().iterencode({'a': 1}, _one_shot=True)).__name__)
