# pickle through __reduce__, __reduce_ex__, __getstate__/__setstate__, __getnewargs_ex__,
# copyreg (dispatch_table, extension codes), persistent ids, find_class, big frames
import copyreg
import io
import pickle


class Custom:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Custom, (self.v * 2,))


class WithState:
    def __init__(self):
        self.a = 1
        self.b = [2]

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class KwNew:
    def __new__(cls, a, *, b):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}


class Slots:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class Setter:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Setter, (0,), {'v': self.v}, None, None, Setter._set)

    @staticmethod
    def _set(obj, state):
        obj.v = ('set', state['v'])


for proto in range(6):
    c = pickle.loads(pickle.dumps(Custom(3), proto))
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(proto, c.v, w.a, hasattr(w, 'b'), w.restored)
    if proto >= 2:
        data = pickle.dumps(KwNew(1, b=2), proto)
        k = pickle.loads(data)
        print('  KwNew', k.a, k.b, data if proto >= 4 else '')
    s = pickle.loads(pickle.dumps(Slots(), proto if proto >= 2 else 2))
    print('  slots', s.x, hasattr(s, 'y'))
    print('  setter', pickle.loads(pickle.dumps(Setter(5), proto)).v)
    print('  bytes', pickle.dumps(Custom(1), proto))


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, (r.v + 100,)))
print(pickle.loads(pickle.dumps(Registered(1))).v)

copyreg.add_extension(__name__, 'Custom', 240)
print(pickle.dumps(Custom, 2), pickle.dumps(Custom, 1))
print(pickle.loads(pickle.dumps(Custom, 2)) is Custom)
copyreg.remove_extension(__name__, 'Custom', 240)
copyreg.add_extension(__name__, 'WithState', 1000)
print(pickle.dumps(WithState, 3), pickle.loads(pickle.dumps(WithState, 3)) is WithState)
copyreg.remove_extension(__name__, 'WithState', 1000)


class PidPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None


class PidUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('loaded', pid)

    def find_class(self, module, name):
        print('  find_class', module, name)
        return super().find_class(module, name)


for proto in (0, 2, 4):
    f = io.BytesIO()
    PidPickler(f, proto).dump(['ext:one', 'plain', Custom])
    print(proto, f.getvalue())
    f.seek(0)
    print(PidUnpickler(f).load())

try:
    pickle.loads(pickle.dumps('ext:x'.join('ab')) + b'')
    pickle.Unpickler(io.BytesIO(b'Pxy\n.')).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)

big = ['x' * 70000, list(range(20000)), b'y' * 70000]
data = pickle.dumps(big, 4)
print(len(data), data[:12], data.count(b'\x95'), pickle.loads(data) == big)
data = pickle.dumps(big, 5)
print(len(data), pickle.loads(data) == big)

f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = [1]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError:', e)
print(pickle.PickleError.__mro__[1].__name__, issubclass(pickle.PicklingError, pickle.PickleError))
for bad in (b'K\x01', b'\x80\x02K', b'h\x05.', b'(.', b'0', b'\x80\x02c__main__\nNoSuch\n.', b'I1', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K'):
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, str(e).split(' on <')[0])
