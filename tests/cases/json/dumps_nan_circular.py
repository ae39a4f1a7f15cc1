import json
for v in [float('nan'), float('inf'), -float('inf'), [1, float('inf')], {'k': float('nan')}, {float('inf'): 1}]:
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print('ValueError', e)
print(json.dumps(1.5, allow_nan=False))
l = []
l.append(l)
d = {}
d['self'] = d
m = [{'x': []}]
m[0]['x'].append(m)
for v in [l, d, m]:
    for kw in [{}, {'indent': 2}]:
        try:
            json.dumps(v, **kw)
        except ValueError as e:
            print('ValueError', e)
class Node:
    pass
n = Node()
try:
    json.dumps(n, default=lambda o: [o])
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps([l], check_circular=False)
except RecursionError:
    print('RecursionError')
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
