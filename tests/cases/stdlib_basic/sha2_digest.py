# _sha2's hash objects (random.seed hashes str and bytes seeds with sha512).
import _sha2

for name in ["sha224", "sha256", "sha384", "sha512"]:
    h = getattr(_sha2, name)(b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(_sha2.sha256().hexdigest())
h = _sha2.sha512()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == _sha2.sha512(b"hello world").hexdigest())
print(c.hexdigest() == _sha2.sha512(b"hello ").hexdigest())
print(len(h.digest()), type(h.digest()).__name__, h.digest()[:8])
print(_sha2.sha256(b"a" * 1000).hexdigest())
print(_sha2.sha256(string=b"x", usedforsecurity=False).hexdigest())
for bad in ["text", 5]:
    try:
        _sha2.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
