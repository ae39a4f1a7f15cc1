"""Low-level threading primitives (CPython's _thread module), for Taipan.

Taipan runs one thread, so this module provides what a single thread can
use: locks (which can be taken and released, and used as context managers),
re-entrant locks, thread-local data, and the thread's identity.  These are
what CPython's ``threading`` module needs to import, and make its Lock,
RLock, Condition, Event, Semaphore, local and current_thread() usable.

Differences from CPython:

* ``start_new_thread`` raises NotImplementedError: threads cannot be
  started (``threading.Thread.start`` reports it).
* Acquiring, without a timeout, a lock that is already held can never
  succeed (no other thread exists to release it); instead of hanging,
  RuntimeError is raised.  With a timeout the call waits that long and
  returns False, as in CPython.
* ``interrupt_main`` raises NotImplementedError.
"""

import posix as _posix

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

# The one thread's identity: the process id, which on Linux is also the main
# thread's native id.
_IDENT = _posix.getpid()


def get_ident():
    """Return a non-zero integer that identifies the current thread."""
    return _IDENT


def get_native_id():
    """Return the native integral thread ID of the current thread."""
    return _IDENT


def _count():
    """Return the number of currently running threads other than the main
    one (always 0 here)."""
    return 0


def daemon_threads_allowed():
    return True


def _is_main_interpreter():
    return True


_stack_size = 0


def stack_size(size=0, /):
    """Return the thread stack size used when creating new threads; set it
    when *size* is given (0 or at least 32 KiB)."""
    global _stack_size
    size = size.__index__()
    if size != 0 and size < 32768:
        raise ValueError(f"size not valid: {size} bytes")
    if size < 0:
        raise ValueError("size must be 0 or a positive value")
    old = _stack_size
    _stack_size = size
    return old


def start_new_thread(function, args, kwargs=None, /):
    raise NotImplementedError(
        "Taipan is single-threaded: starting a thread "
        "(_thread.start_new_thread, threading.Thread.start) is not supported")


start_new = start_new_thread


def interrupt_main(signum=2, /):
    raise NotImplementedError("Taipan does not support _thread.interrupt_main")


def exit():
    """Exit the current thread by raising SystemExit."""
    raise SystemExit


exit_thread = exit


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp out of range for platform time_t")


def _wait_in_vain(timeout, what):
    """A blocking acquire of a lock nobody else can release."""
    if timeout < 0:
        raise RuntimeError(
            f"deadlock: acquiring a {what} that is already held, and Taipan "
            "has no other thread that could release it")
    if timeout > 0:
        import time
        time.sleep(timeout)
    return False


class lock:
    """A lock object: acquire() and release(), also as a context manager."""

    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _wait_in_vain(timeout, "lock")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return (f"<{state} _thread.lock object at "
                f"{hex(id(self))}>")

LockType = lock


def allocate_lock():
    """Create a new lock object."""
    return lock()


allocate = allocate_lock


def _set_sentinel():
    """A lock for threading's thread-state bookkeeping."""
    return lock()


class RLock:
    """A re-entrant lock: the owning thread may acquire it again."""

    __slots__ = ('_owner', '_count', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        return _wait_in_vain(timeout, "RLock")

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = 0

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state, /):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={self._owner} "
                f"count={self._count} at {hex(id(self))}>")



class _local:
    """Thread-local data: with a single thread, an ordinary object whose
    attributes belong to that thread."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)



class _ExceptHookArgs(tuple):
    """What threading.excepthook receives: (exc_type, exc_value,
    exc_traceback, thread)."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence, /):
        sequence = tuple(sequence)
        if len(sequence) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(sequence)}-sequence given)")
        return tuple.__new__(cls, sequence)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs("
                f"exc_type={self[0]!r}, exc_value={self[1]!r}, "
                f"exc_traceback={self[2]!r}, thread={self[3]!r})")


def _excepthook(args, /):
    """Handle an exception raised by a thread's run(): print it to stderr
    (SystemExit is ignored)."""
    if type(args) is not _ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    exc_type, exc_value, exc_tb, thread = args
    if exc_type is SystemExit:
        return
    import sys
    name = getattr(thread, 'name', None) if thread is not None else None
    if name is None:
        name = get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr, flush=True)
    sys.__excepthook__(exc_type, exc_value, exc_tb)
