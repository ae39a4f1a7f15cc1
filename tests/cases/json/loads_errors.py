import json
docs = ['', ' ', '[1,]', '{"a":1,}', '{1:2}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"',
        '"\\x"', '"\\u12"', '"\\u12zz"', '[', '{', '{"a"', '{"a":', '1 2', '-', '01',
        'nul', '[1,2', '"\\', '-Inf', '1.', '1e', '.5', '{"a":1 "b":2}', '{"a":1,',
        '{"a":1, 2}', '[,]', '"\\u12', '"\\ud834\\uzzzz"', '"\\ud834\\"', '"a\x01',
        '[1,\n 2\n x]', '"\\U0041"', '"\\ud834\\', '"\\ud834\\u12"', '{"a":1}x',
        '[-]', '[1]]', 'true false', 'tru', '\n\n  x', "{'a': 1}", '[1, 2,, 3]',
        '"\t"', '"line\nbreak"', '{"a":1}}', 'nan', '+1', '0x10', '1_000', '[1 ,2 ,]',
        '{\n  "a": 1,\n  "b" 2\n}', '\u00a01', '"\\u-123"', '"\\u 123"', '"\\u+123"']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)
