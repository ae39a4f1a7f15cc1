tests = [
    ("%d", 5), ("%5d|%-5d|%05d", (3, 3, 3)), ("%+d % d", (3, 3)), ("%x %X %o %#x %#o", (255, 255, 8, 255, 8)),
    ("%e %E %f %g %G", (1.5, 1.5, 1.5, 1e-5, 1e20)), ("%.3s|%5s|%-5s|", ("abcdef", "ab", "ab")),
    ("%r %a", ("é", "é")), ("%c%c", (65, "b")), ("%%", ()), ("%(a)s-%(b)d", {"a": 1, "b": 2}),
    ("%*d|%-*d", (5, 1, 5, 1)), ("%.*f", (2, 3.14159)), ("%i %u", (3, 4)), ("%s", (None,)),
    ("%d", 3.9), ("%x", -255), ("%.0f %.0f", (0.5, 1.5)), ("%10.4f|", 3.14159), ("%s %s", ([1], (2,))),
]
for fmt, args in tests:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%", ()), ("%s %(a)s", {"a": 1})]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(b"%s %d %x %r" % (b"ab", 5, 255, b"x"))
