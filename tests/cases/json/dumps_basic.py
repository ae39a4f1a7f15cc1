import json
vals = [1, -1, 0, 1.5, -0.0, 1e22, 1e-7, 0.1, 1/3, 12345678901234567890, True, False, None,
        'abc', '', [], {}, (), [1, 'a', None], (1, 2), {'a': 1, 'b': [True, False]},
        {'nested': {'x': [1, {'y': ()}]}}, [[[]]], 3.0, -2.5e-300, 2**64, -2**70,
        float('inf'), float('-inf'), float('nan'), [float('nan')], 100.0, 1e16, 123456789.123]
for v in vals:
    print(json.dumps(v))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n'}))
print(json.dumps({float('inf'): 1, float('-inf'): 2, float('nan'): 3}))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps([1, 2, {'a': 3}], separators=(' , ', ' : ')))
