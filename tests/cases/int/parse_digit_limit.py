# int(str) with more than 4300 digits fails (after the literal is checked), except in
# power-of-two bases.
def t(f):
    try:
        r = f()
        print('ok', r.bit_length() if isinstance(r, int) else r)
    except ValueError as e:
        print(type(e).__name__, str(e)[:150])
t(lambda: int('1' * 4300))
t(lambda: int('1' * 4301))
t(lambda: int('0' * 5000))
t(lambda: int(' -' + '9' * 4300 + ' '))
t(lambda: int('1_' * 3000 + '1'))
t(lambda: int('1' * 5000 + 'x'))
t(lambda: int('1' * 5000, 16))
t(lambda: int('1' * 5000, 8))
t(lambda: int('1' * 5000, 2))
t(lambda: int('1' * 5000, 32))
t(lambda: int('1' * 5000, 36))
t(lambda: int('1' * 5000, 10))
t(lambda: int('0x' + '1' * 5000, 0))
t(lambda: int(b'1' * 5000))
t(lambda: int('1' * 5000, 3))
