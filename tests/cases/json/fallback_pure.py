# Without the _json accelerator, json falls back to its pure-Python code.
import sys
sys.modules['_json'] = None
import json
import json.decoder, json.encoder, json.scanner
print(json.decoder.c_scanstring, json.scanner.c_make_scanner, json.encoder.c_make_encoder)
print(json.decoder.scanstring is json.decoder.py_scanstring)
print(json.scanner.make_scanner is json.scanner.py_make_scanner)
data = {'a': [1, 2.5, None, True, False, 'x\n"y"\u00e9\U0001d11e'], 'b': {'c': {}, 'd': []},
        3: float('inf'), 'n': -0.0, 'big': 10**20}
for kw in [{}, {'indent': 2}, {'sort_keys': False, 'separators': (',', ':')},
           {'ensure_ascii': False}]:
    text = json.dumps(data, **kw)
    print(ascii(text))
    print(json.loads(text))
print(json.dumps({'z': 1, 'a': 2}, sort_keys=True))
for doc in ['[1, 2', '{"a" 1}', '"abc', '"a\x01"', '[1,]', '1 2', '', '{"a":1,}', '"\\x"',
            '"\\u12zz"', '[-]', '{"a":1 "b":2}']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), e)
print(json.loads('{"a": [1, {"b": 2}]}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1.5}', object_hook=lambda d: sorted(d), parse_float=str))
print(json.loads('"a\tb"', strict=False))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
try:
    json.dumps({'k': object()})
except TypeError as e:
    print(e)
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
print(json.decoder.scanstring('"\\ud834\\udd1e x" y', 1))
