# Error handlers when encoding text: strict, ignore, replace, backslashreplace,
# xmlcharrefreplace; surrogateescape/surrogatepass cannot help with these characters.
s = 'aé€😀b'
for enc in ['ascii', 'latin-1']:
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        print(enc, errors, s.encode(enc, errors), s.encode(enc, errors=errors) == s.encode(encoding=enc, errors=errors))
for errors in ['strict', 'surrogateescape', 'surrogatepass']:
    try:
        s.encode('ascii', errors)
    except UnicodeEncodeError as e:
        print(errors, e)
print('plain'.encode('ascii', 'strict'), 'é'.encode('utf-8', 'replace'))
print(bytes('x€', 'ascii', 'replace'), bytearray('x€', 'latin-1', 'xmlcharrefreplace'))
