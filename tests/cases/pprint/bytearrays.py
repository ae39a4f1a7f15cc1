import pprint

print(pprint.pformat(bytearray(b"hello world, bytes" * 4), width=40))
print(pprint.pformat({"b": bytearray(b"0123456789" * 5)}, width=30))
print(pprint.pformat(bytearray(b"abc"), width=1), pprint.pformat(bytearray(), width=1))
print(pprint.pformat(bytes(range(60)), width=40))
print(pprint.saferepr(bytearray(b"x")), pprint.isreadable(bytearray(b"x")))
