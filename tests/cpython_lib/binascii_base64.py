import binascii as b, base64
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
print(base64.b64encode(b'\x00\xffdata'), base64.b64decode('AP9kYXRh'), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'ab'), base64.b16decode('4142'))
print(base64.b85encode(b'hello'), base64.a85decode(base64.a85encode(b'xyz')), base64.standard_b64decode(b'eHk='))
try: base64.b64decode('abc', validate=True)
except Exception as e: print(type(e).__name__, e)
