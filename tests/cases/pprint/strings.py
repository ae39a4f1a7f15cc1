import pprint

s = "The quick brown fox jumps over the lazy dog. " * 4
print(pprint.pformat(s))
print(pprint.pformat(s, width=30))
print(pprint.pformat([s, "short"], width=40))
print(pprint.pformat({"key": s}, width=50))
print(pprint.pformat("line one\nline two\nline three is longer than the others\n", width=20))
print(pprint.pformat("nospacesatallinthisverylongstringthatgoesonandon" * 2, width=30))
print(pprint.pformat("", width=5), pprint.pformat("a", width=1))
print(pprint.pformat("tab\tseparated\twords\there", width=12))
print(pprint.pformat("quote's \"mixed\" " * 5, width=25))
print(pprint.pformat(("word " * 20,), width=30))
b = b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\''
print(pprint.pformat(b))
print(pprint.pformat(b, width=30))
print(pprint.pformat([b], width=30))
print(pprint.pformat(b"abcd", width=3))
