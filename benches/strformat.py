# String formatting and building: f-strings with format specs, %-formatting,
# str.format with positional/keyword fields, padding/alignment, repr/str of
# numbers, join and incremental concatenation.  Renders a report table for
# generated records and checksums the text.

ROWS = 200000


def checksum(s, acc):
    # cheap rolling hash over a few characters plus the length
    n = len(s)
    return (acc * 131 + n + ord(s[0]) + ord(s[n // 2]) + ord(s[-1])) % 2147483647


class Record:
    def __init__(self, i):
        self.ident = i
        self.name = "item" + str(i * 7919 % 10007)
        self.qty = (i * 37) % 1000
        self.price = ((i * 7) % 10000) / 100.0
        self.ratio = (i % 97) / 97.0
        self.flag = i % 3 == 0

    def __repr__(self):
        return "Record(%d, %r)" % (self.ident, self.name)


def fmt_fstring(r):
    return f"{r.ident:>7d} | {r.name:<10} | {r.qty:5} | {r.price:10.2f} | {r.ratio:.3%} | {r.flag!s:>5}"


def fmt_percent(r):
    return "%7d | %-10s | %5d | %10.2f | %6.3f | %s" % (
        r.ident, r.name, r.qty, r.price, r.ratio * 100, "yes" if r.flag else "no")


def fmt_format(r):
    return "{0:>7} | {name:^12} | {1:05d} | {2:,.2f} | {3:e}".format(
        r.ident, r.qty, r.price * 1000, r.ratio, name=r.name)


def fmt_misc(r):
    parts = [hex(r.ident), oct(r.qty), bin(r.qty & 0xFF), repr(r.price), str(r.ratio)[:6]]
    return ":".join(parts) + "/" + format(r.ident, "08x") + "/" + repr(r)


def build_rows(n):
    out = []
    acc = 0
    for i in range(n):
        r = Record(i)
        a = fmt_fstring(r)
        b = fmt_percent(r)
        c = fmt_format(r)
        d = fmt_misc(r)
        acc = checksum(a, acc)
        acc = checksum(b, acc)
        acc = checksum(c, acc)
        acc = checksum(d, acc)
        if i % 5000 == 0:
            out.append(a)
            out.append(b)
            out.append(c)
            out.append(d)
    return out, acc


def build_paragraph(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 80 == 79:
            s += "\n"
    words = [w.center(9, "*") for w in ("alpha", "beta", "gamma", "delta")]
    return s, "-".join(words)


def main():
    rows, acc = build_rows(ROWS)
    for line in rows:
        print(line)
    para, banner = build_paragraph(ROWS * 2)
    print(banner)
    print("paragraph lines:", para.count("\n"), "length:", len(para))
    print("checksum:", acc)


main()
