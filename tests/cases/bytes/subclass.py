# Subclasses of bytes: __new__, extra attributes, methods that return plain bytes.
class Tag(bytes):
    def __new__(cls, value, label='?'):
        self = super().__new__(cls, value)
        self.label = label
        return self
    def shout(self):
        return self.upper() + b'!'
t = Tag(b'hi', 'greeting')
print(t, t.label, len(t), t[0], t.shout(), type(t).__name__, isinstance(t, bytes))
print(type(t.upper()).__name__, type(t + b'x').__name__, type(t[:1]).__name__, type(bytes(t)).__name__)
print(t == b'hi', hash(t) == hash(b'hi'), repr(Tag([65, 66])), Tag.fromhex('4142'))
class Plain(bytes):
    pass
print(Plain(3), Plain('é', 'utf-8'), Plain(), Plain(b'x') + Plain(b'y'))
