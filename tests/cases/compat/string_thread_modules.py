# _string and _thread: the helpers string.Formatter and threading build on.
import _string
import _thread

print(list(_string.formatter_parser('a{0!r:>{w}}b{{c}}')))
print(list(_string.formatter_parser('')), list(_string.formatter_parser('}}x')))
first, rest = _string.formatter_field_name_split('obj.attr[0][key]')
print(first, list(rest))
print(_string.formatter_field_name_split('12')[0] + 1)
for bad in ['{', '}', '{0!x', '{0!}', '{[}']:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    list(_string.formatter_field_name_split('a.')[1])
except ValueError as e:
    print('ValueError', e)

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, lock.locked())
print(lock.acquire(), lock.acquire(False), lock.acquire(True, 0), lock.locked())
lock.release()
with lock:
    print('held', lock.locked())
print(lock.locked())
for args in [(False, 1), (True, -5)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e, _thread.error is RuntimeError)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
print(_thread.get_ident() == _thread.get_ident(), _thread._count(), _thread.TIMEOUT_MAX)
print(_thread.stack_size(), _thread.daemon_threads_allowed())
try:
    _thread.stack_size(100)
except ValueError as e:
    print('ValueError', e)
loc = _thread._local()
loc.x = 1
print(loc.x, type(loc).__name__)
a = _thread._ExceptHookArgs((ValueError, ValueError('v'), None, None))
print(a.exc_type.__name__, a.thread, len(a))
try:
    _thread._ExceptHookArgs((1, 2))
except TypeError as e:
    print('TypeError', e)
