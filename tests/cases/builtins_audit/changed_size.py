d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.pop(1, None); d[3] = 3
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1}
try:
    for kv in d.items():
        d.clear(); d[5] = 5; d[6] = 6
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.append(x)
print(l)
