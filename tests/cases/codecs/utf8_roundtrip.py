# UTF-8 is the default codec of str.encode and bytes.decode.
for s in ['', 'ascii', 'café', 'naïve €', '日本語', '😀 emoji', '\x00\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff']:
    b = s.encode()
    print(len(s), len(b), b, b.decode() == s, s.encode('utf-8') == b, str(b, 'utf-8') == s)
print('x'.encode('UTF-8'), 'x'.encode('utf8'), 'x'.encode('U8'), 'x'.encode('utf_8'), 'é'.encode('cp65001'))
