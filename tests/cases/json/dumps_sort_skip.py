import json
d = {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}, '10': 0, '9': 0}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d))
print(json.dumps({3: 'a', 1: 'b', 2: 'c'}, sort_keys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
for key in [(1, 2), b'bytes', frozenset(), object]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({(1, 2): 1, 'ok': 2, b'x': 3}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True))
print(json.dumps({(1, 2): 1, 'a': 1}, skipkeys=True, indent=2))
print(json.dumps({'a': 1, (1, 2): 1, 'b': 2}, skipkeys=True))
