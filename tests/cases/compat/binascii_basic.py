import binascii as b
print(b.b2a_base64(b'hello'), b.b2a_base64(b'hi', newline=False), b.a2b_base64(b'aGVsbG8=\n'), b.hexlify(b'\x01\xab', '-'), b.unhexlify('01ab'), b.crc32(b'abc'), b.crc_hqx(b'abc', 0))
for bad in [b'aGVsbG8', b'a', b'ab!c=', b'aGk=', b'aGk=YQ==', b'']:
    try: print(b.a2b_base64(bad))
    except Exception as e: print(type(e).__name__, e)
for bad in [b'ab!c', b'=ab', b'aGk=YQ', b'aG=k', b'aGk==']:
    try: print(b.a2b_base64(bad, strict_mode=True))
    except Exception as e: print(type(e).__name__, e)
for bad in ['abc', 'zz', 'ABcd']:
    try: print(b.unhexlify(bad))
    except Exception as e: print(type(e).__name__, e)
print(b.Error.__mro__[1:], b.hexlify(b'abcdef', ':', 2), b.hexlify(b'abcdef', ':', -2), b.b2a_hex(b'x'), b.a2b_hex(b'78'), b.crc32(b'def', b.crc32(b'abc')))
print(b.crc32(b''), b.crc32(b'x' * 1000), b.crc_hqx(b'123456789', 0xFFFF), b.b2a_base64(b''), b.a2b_base64(''))
for bad in ['é', 5]:
    try:
        b.a2b_base64(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b.b2a_base64('str')
except TypeError as e:
    print('TypeError', e)
print(b.b2a_base64(bytearray(b'\xff\xfe\xfd\xfc')), b.hexlify(memoryview(b'\x00\x10')))
