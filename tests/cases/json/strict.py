import json
for d in ['"a\tb"', '"a\nb"', '"\x00"', '["\x1f", "ok"]', '{"k\x01": 1}']:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print('strict:', e)
    print('lax:', repr(json.loads(d, strict=False)))
dec = json.JSONDecoder(strict=False)
print(repr(dec.decode('"x\ty"')), dec.strict)
