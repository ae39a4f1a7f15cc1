import json
for bad in [3, 3.5, None, [1], {'a': 1}, object()]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
class S(str):
    pass
print(json.loads(S('[1, "x"]')))
try:
    json.loads('[1]', bogus=1)
except TypeError as e:
    print('TypeError', 'bogus' in str(e))
