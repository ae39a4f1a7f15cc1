import json
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
json.dump({'a': [1, 2, {'b': None}], 'c': 'x'}, w)
print(''.join(w.parts))
print(len(w.parts) > 1)
w = W()
json.dump([1, 2], w, indent=2)
print(''.join(w.parts))
w = W()
try:
    json.dump([1, 2, object(), 3], w)
except TypeError as e:
    print('TypeError', e, repr(''.join(w.parts)))
class R:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
print(json.load(R('{"x": [1, 2]}')))
print(json.load(R('[1.5]'), parse_float=str))
