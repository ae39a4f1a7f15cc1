import json
from json import JSONDecoder
d = JSONDecoder()
print(d.decode('[1, {"a": "b"}]'))
print(d.raw_decode('[1, 2] trailing'))
print(d.raw_decode('xx{"a": 1}yy', 2))
try:
    d.raw_decode('   1')
except json.JSONDecodeError as e:
    print(e)
try:
    d.raw_decode('[1, 2] x', 6)
except json.JSONDecodeError as e:
    print(e)
print(d.object_hook, d.object_pairs_hook, d.strict)
print(d.parse_float is float, d.parse_int is int)
print(d.parse_constant('NaN'), d.parse_constant('-Infinity'))
class MyDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, obj):
        if '__point__' in obj:
            return ('point', obj['x'], obj['y'])
        return obj
print(json.loads('{"p": {"__point__": true, "x": 1, "y": 2}}', cls=MyDecoder))
class Lower(JSONDecoder):
    def decode(self, s):
        return super().decode(s.lower())
print(json.loads('[TRUE, FALSE, NULL]', cls=Lower))
print(json.loads('[1]', cls=JSONDecoder, parse_int=str))
from json import scanner, decoder
print(callable(scanner.make_scanner), decoder.scanstring('"abc" x', 1))
print(decoder.scanstring('"a\\nb"', 1))
try:
    decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)
