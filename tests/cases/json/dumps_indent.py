import json
data = [1, [2, {}], [], {'a': [], 'b': {'c': None, 'd': (1, 2)}}, 'x']
for ind in [None, 0, 1, 2, 4, '', '\t', '--', ' ']:
    print(repr(ind))
    print(json.dumps(data, indent=ind))
print(json.dumps(data, indent=2, separators=(',', ': ')))
print(json.dumps(data, indent=2, separators=(', ', ': ')))
print(json.dumps({'a': 1}, indent=3, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2))
print(json.dumps('s', indent=2))
