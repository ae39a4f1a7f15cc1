import json
from json import JSONEncoder
class SetEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([frozenset({2, 1})]))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print(e)
e = JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan)
e = JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator))
e = JSONEncoder(separators=(';', '='))
print(e.encode({'a': [1, 2]}))
print(list(JSONEncoder().iterencode({'a': [1, 2.5, None], 'b': 'x'})))
print(list(JSONEncoder(indent=1).iterencode([1, [2]])))
print(list(JSONEncoder().iterencode('str')), list(JSONEncoder().iterencode(5)))
print(JSONEncoder().encode('\u00e9'), ascii(JSONEncoder(ensure_ascii=False).encode('\u00e9')))
class Upper(JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps(['abc', True], cls=Upper))
class WithKw(JSONEncoder):
    def __init__(self, *, prefix='', **kw):
        super().__init__(**kw)
        self.prefix = prefix
    def encode(self, o):
        return self.prefix + super().encode(o)
print(json.dumps([1], cls=WithKw, prefix='>> '))
try:
    json.dumps([1], bogus=True)
except TypeError as e:
    print('TypeError', 'bogus' in str(e))
try:
    e = JSONEncoder()
    e.default(3j)
except TypeError as err:
    print(err)
