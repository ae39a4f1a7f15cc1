# Exceptions in hot loops: a custom exception hierarchy with extra
# attributes, raise/except with class matching and tuples, else/finally
# clauses, re-raising, exception chaining (raise ... from ...), context
# managers whose __exit__ sees the exception, and built-in errors
# (KeyError, ZeroDivisionError, IndexError, ValueError) raised by the runtime.

N = 480000


class AppError(Exception):
    def __init__(self, code, msg="app error"):
        super().__init__(msg)
        self.code = code


class ParseError(AppError):
    pass


class RangeError(AppError):
    def __init__(self, code, lo, hi):
        super().__init__(code, "out of range")
        self.lo = lo
        self.hi = hi


class Retry(Exception):
    pass


def parse_field(s):
    if not s:
        raise ParseError(1, "empty")
    if not s.isdigit():
        raise ParseError(2, "not a number: " + s)
    v = int(s)
    if v > 5000:
        raise RangeError(3, 0, 5000)
    return v


class Guard:
    def __init__(self, stats):
        self.stats = stats

    def __enter__(self):
        self.stats["enter"] += 1
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, RangeError):
            self.stats["suppressed"] += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def divide(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        return 0
    else:
        return q
    finally:
        pass


def with_retry(i, stats):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 1 + i % 3:
                raise Retry()
            return attempts
        except Retry:
            stats["retries"] += 1
        finally:
            stats["finally"] += 1


def wrap_error(s):
    try:
        return parse_field(s)
    except ParseError as e:
        raise ValueError("bad field") from e


def main():
    fields = []
    for i in range(N):
        r = (i * 7919) % 23
        if r == 0:
            fields.append("")
        elif r == 1:
            fields.append("x" + str(i))
        elif r == 2:
            fields.append(str(6000 + i % 100))
        else:
            fields.append(str(i % 4000))
    stats = {"ok": 0, "parse": 0, "range": 0, "enter": 0, "suppressed": 0,
             "retries": 0, "finally": 0, "chained": 0, "index": 0}
    total = 0
    codes = 0
    for s in fields:
        try:
            total += parse_field(s)
            stats["ok"] += 1
        except RangeError as e:
            stats["range"] += 1
            codes += e.code + e.hi // 1000
        except ParseError as e:
            stats["parse"] += 1
            codes += e.code + len(str(e))
    print("parse:", total, codes)

    for s in fields[: N // 2]:
        with Guard(stats):
            total += parse_field(s) if s.isdigit() else 0
    print("guarded total:", total)

    table = {i: i * i for i in range(0, 1000, 3)}
    acc = 0
    for i in range(N):
        acc += lookup(table, i % 1000) + divide(i, i % 5)
    print("lookup/divide:", acc)

    acc = 0
    for i in range(N // 2):
        acc += with_retry(i, stats)
    print("retries:", acc)

    items = list(range(50))
    for i in range(N):
        try:
            acc += items[i % 64]
        except IndexError:
            stats["index"] += 1
        try:
            wrap_error(fields[i])
        except ValueError as e:
            if isinstance(e.__cause__, ParseError):
                stats["chained"] += e.__cause__.code
        except AppError:
            pass
    print("acc:", acc)
    errs = (TypeError, KeyError, AttributeError)
    caught = 0
    for i in range(N // 4):
        try:
            if i % 3 == 0:
                {}[i]
            elif i % 3 == 1:
                None.missing
            else:
                len(i)
        except errs as e:
            caught += len(type(e).__name__)
    print("builtin errors:", caught)
    for k in sorted(stats):
        print("  %-10s %d" % (k, stats[k]))


main()
