import json
class Decimal(str):
    pass
doc = '{"a": 1, "b": {"c": 2.5, "d": [1, {"e": null}]}, "a": 3}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=tuple, object_hook=dict))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('{}', object_hook=lambda d: ('hook', d)))
print(json.loads('[1, 2.5, 3e2, -7]', parse_int=lambda s: 'int:' + s, parse_float=lambda s: 'float:' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s))
print(repr(json.loads("1.10", parse_float=Decimal)))
print(json.loads('[1, 2]', parse_int=float))
def bad(s):
    raise ValueError('no ' + s)
try:
    json.loads('[1, 2]', parse_int=bad)
except ValueError as e:
    print('ValueError', e)
def hook(d):
    return {k.upper(): v for k, v in d.items()}
print(json.loads('[{"x": {"y": 1}}]', object_hook=hook))
