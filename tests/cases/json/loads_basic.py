import json
docs = ['1', '-1', '0', '-0', '1.5', '-0.0', '1e3', '1E+2', '1e-2', '2.5E-3',
        '12345678901234567890123', '1.0e400', '-1e400', 'true', 'false', 'null',
        '"abc"', '""', '[]', '{}', '[1, 2, 3]', '{"a": 1, "b": [true, false, null]}',
        ' \t\n\r[ 1 , 2 ]\n', '[[[]]]', '{"a": {"b": {"c": {}}}}', '"\\u00e9\\u20ac"',
        '"\\ud834\\udd1e"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"caf\u00e9 \u4e2d"', 'NaN',
        'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]', '{"":""}',
        '{"a": 1, "a": 2}', '  "x"  ', '[1.25,"s",{"k":[]}]', '123.456e-7', '0.1']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', type(v).__name__, repr(v))
