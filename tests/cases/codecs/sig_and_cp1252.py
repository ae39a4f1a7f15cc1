# utf-8-sig writes and skips a BOM; cp1252 maps 0x80-0x9f (five bytes are undefined).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print('ab'.encode('utf-8-sig'), b'\xef\xbb\xbfab'.decode('utf-8-sig'), b'ab'.decode('utf-8-sig'))
print(repr(b'\xef\xbb\xbfab'.decode('utf-8')))
print(b'\x80\x85\x99\x9f\xe9'.decode('cp1252'), '€…™Ÿé'.encode('cp1252'))
t(lambda: b'\x81'.decode('cp1252'))
t(lambda: 'Ā'.encode('cp1252'))
print(b'a\x81b'.decode('cp1252', 'replace'), 'aĀb'.encode('windows-1252', 'replace'))
