# printf-style % formatting: widths, precision, flags and conversions
print("%5.2f|%-8.3f|%08.2f|%+.1f|% .2f" % (3.14159, 2.5, -1.5, 2.25, 7.0))
print("%-5s|%5s|%.2s|%-6.3s|" % ("ab", "cd", "xyz", "hello"))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%x %o %d %i %u" % (-255, -8, -3, 42, 7))
print("%r %s %a" % ("q'uote", "plain", "ü"))
print("%r|%s|%r" % ([1, "a"], None, 1.5))
print("100%% done, %d%%" % 50)
print("%c%c%c" % (72, "i", 33))
print("%e %E %.3e %g %G %.3g" % (12345.678, 0.00012, 1e100, 0.0001, 1e-10, 123456))
print("%d %d %d" % (3.99, -3.99, True), "%s" % 10 ** 20, "%d" % 10 ** 20)
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%s" % "single", "%s" % ("tuple-one",), "%s" % [1, 2], "%s" % ((1, 2),))
print("%5s|%-5d|%05d|%+05d|% 5d" % ("x", -3, -3, 3, 3))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%10.4f|%-10.1e|" % (1 / 3, 12345.0))
for fmt, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)),
                  ("%c", ("ab",)), ("%(a)s", (1,)), ("%d", (None,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
