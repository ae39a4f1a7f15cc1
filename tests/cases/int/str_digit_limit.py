# int -> decimal str conversions beyond sys.get_int_max_str_digits() (4300) digits fail;
# power-of-two bases (hex/oct/bin, x/o/b formats) are exempt.
def t(f):
    try:
        r = f()
        print('ok', len(r) if isinstance(r, str) else r)
    except ValueError as e:
        print(type(e).__name__, e)
big = 10 ** 5000
t(lambda: str(10 ** 4299))
t(lambda: str(-10 ** 4299))
t(lambda: str(10 ** 4300))
t(lambda: str(big))
t(lambda: repr(big))
t(lambda: f'{big}')
t(lambda: format(big, ','))
t(lambda: format(big, 'd'))
t(lambda: '%d' % big)
t(lambda: '%i' % -big)
t(lambda: hex(big))
t(lambda: oct(big))
t(lambda: bin(big))
t(lambda: format(big, 'x'))
t(lambda: '%x' % big)
t(lambda: len(b'%d' % big))
