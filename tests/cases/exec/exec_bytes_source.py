# Bytes are decoded as source files are: UTF-8 by default, a BOM, or a PEP 263 cookie.
g = {}
exec(b"s = '\xc3\xa9t\xc3\xa9'", g)
print(g["s"], len(g["s"]))
exec(b"# -*- coding: latin-1 -*-\nt = '\xe9'", g)
print(g["t"], len(g["t"]))
exec(b"\xef\xbb\xbfu = 'bom'", g)
print(g["u"])
print(eval(b"  len('\xc3\xa9')"))
try:
    exec(b"v = '\xff'")
except SyntaxError as e:
    print(type(e).__name__, e.msg.startswith("(unicode error) 'utf-8' codec can't decode byte 0xff"))
