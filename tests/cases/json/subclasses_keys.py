import json
class D(dict):
    def items(self):
        return sorted(super().items(), reverse=True)
d = D(a=1, b=2, c=3)
print(json.dumps(d), json.dumps(d, indent=1), json.dumps(d, sort_keys=True))
print(json.dumps({'k\n"\u00e9': 'v', 5: '\U0001d11e'}), ascii(json.dumps({'\u00e9': 1}, ensure_ascii=False)))
print(json.dumps({1.0: 'a', -0.0: 'b', 1e20: 'c', 2**70: 'd'}))
class Chain:
    def __init__(self, n):
        self.n = n
def default(o):
    return Chain(o.n - 1) if o.n else 'end'
print(json.dumps([Chain(3)], default=default))
print(json.dumps({'a': (1, (2, [3]))}, separators=(',', ':'), sort_keys=True))
print(json.dumps([[], {}, [[]], [{}], {'a': {}}], indent=3))
print(json.dumps({'x': None}, indent=None, separators=None))
print(json.loads(json.dumps({'\x00\x1f': '\x7f'})))
print(json.dumps("\u2028 \ud7ff \ue000 \uffff"), ascii(json.dumps("\u2028", ensure_ascii=False)))
class E(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()
print(json.dumps({'a': 'b'}, cls=E))
print(json.loads('[1e2, 1E-2, -0, 0.0e0, 1.5E+3, 123456789012345678901234567890e-10]'))
print(json.loads('  {  }  '), json.loads('\t[\n]\r'), json.loads('"\\u0000"') == '\x00')
print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))
print(json.loads('[true,false,null,"true"]', parse_constant=lambda s: 1/0))
