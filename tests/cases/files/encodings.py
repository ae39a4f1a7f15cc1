name = '_tmp_encodings.txt'
with open(name, 'w', encoding='latin-1') as f:
    print(f.encoding, f.write('caf\xe9'))
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='latin1') as f:
    print(f.read())
with open(name, 'w', encoding='ascii') as f:
    f.write('plain')
    try:
        f.write('caf\xe9')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    try:
        f.write('\u20ac\u20ac')
    except UnicodeError as e:
        print(e)
with open(name, 'w', encoding='ascii', errors='replace') as f:
    f.write('caf\xe9 \u20ac')
with open(name, encoding='UTF8') as f:
    print(f.read(), f.encoding, f.errors)
try:
    open(name, encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
