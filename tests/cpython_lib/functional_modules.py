import functools, contextlib, collections, collections.abc, ipaddress, io
print(functools.__file__.endswith('python3.12/functools.py'), collections.__file__.endswith('python3.12/collections/__init__.py'))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
p = functools.partial(int, base=2); print(p('101'), repr(functools.reduce(lambda a, b: a * b, range(1, 6))))
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
print(show(1), show('s'), functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
class C:
    @functools.cached_property
    def val(self): print('computing'); return 5
c = C(); print(c.val, c.val)
@contextlib.contextmanager
def tag(n):
    print('<%s>' % n); yield n; print('</%s>' % n)
with tag('b') as t: print('inside', t)
with contextlib.suppress(KeyError): {}['x']
with contextlib.ExitStack() as st:
    st.callback(print, 'exit callback')
    st.enter_context(tag('i'))
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
d = collections.OrderedDict(a=1, b=2); d.move_to_end('a'); print(d, list(d))
cnt = collections.Counter('abracadabra'); print(cnt.most_common(2), cnt['z'])
dd = collections.defaultdict(list); dd['k'].append(1); print(dd, type(dd).__module__)
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); print(dq, dq.maxlen)
Pt = collections.namedtuple('Pt', 'x y', defaults=[0]); print(Pt(1), Pt(1, 2)._asdict(), Pt._fields)
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), collections.abc.Callable[[int], str])
print(issubclass(type(dq), collections.abc.MutableSequence), collections.UserDict({'x': 1}))
net = ipaddress.ip_network('192.168.1.0/28')
print(net.num_addresses, list(net.hosts())[:2], ipaddress.ip_address('10.0.0.1') in ipaddress.ip_network('10.0.0.0/8'))
print(ipaddress.IPv6Address('2001:db8::1').exploded, ipaddress.ip_interface('10.1.2.3/24').network)
