import json
data = {
    'name': 'Taipan',
    'version': [3, 12],
    'floats': [0.5, -1.25, 1e-10, 6.02e23],
    'flags': {'a': True, 'b': False, 'c': None},
    'text': 'tab\there "quoted" \\ caf\u00e9 \U0001f40d',
    'nested': [[1, [2, [3, [4, []]]]], {'x': {'y': {'z': 'deep'}}}],
    'empty': {'l': [], 'd': {}, 's': ''},
}
for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False},
           {'separators': (',', ':')}, {'indent': '\t', 'sort_keys': True}]:
    text = json.dumps(data, **kw)
    back = json.loads(text)
    print(sorted(kw), back == data, len(text))
print(json.dumps(data, sort_keys=True, indent=1))
print(json.loads(json.dumps((1, 2, (3,)))))
