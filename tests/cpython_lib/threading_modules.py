import threading, _thread, contextvars, reprlib, queue
print(threading.__file__.endswith('python3.12/threading.py'), queue.__file__.endswith('python3.12/queue.py'))
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0))
lock.release(); print(lock.locked(), type(lock).__name__, repr(lock).split(' object')[0])
with lock: print('in lock', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
rl = threading.RLock()
with rl:
    with rl: print('reentrant', rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print('RuntimeError', e)
t = threading.current_thread()
print(t.name, t is threading.main_thread(), threading.active_count(), t.is_alive(), t.daemon)
print(threading.get_ident() == _thread.get_ident(), isinstance(threading.get_native_id(), int))
local = threading.local(); local.x = 5; print(local.x, hasattr(threading.local(), 'x'))
ev = threading.Event(); print(ev.is_set(), ev.wait(0)); ev.set(); print(ev.wait(), ev.is_set())
cond = threading.Condition()
with cond: print('notified', cond.notify_all(), cond.wait(0))
sem = threading.BoundedSemaphore(2); print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False)); sem.release()
def work(): print('never')
th = threading.Thread(target=work, name='worker')
print(th.name, th.is_alive(), repr(th).split(' ')[0])
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
q = queue.Queue(); q.put(1); q.put(2); print(q.get(), q.qsize(), q.empty())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print('Empty')
var = contextvars.ContextVar('var', default='d')
tok = var.set('v1'); print(var.get(), tok.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
def inside(): var.set('v2'); return var.get()
print(ctx.run(inside), var.get(), ctx[var]); var.reset(tok); print(var.get(), var.name)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 50))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
print(Node())
