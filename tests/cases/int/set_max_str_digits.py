# sys.set_int_max_str_digits / get_int_max_str_digits: 0 is unlimited, otherwise at
# least 640; the limit applies to both directions.
import sys
def t(f):
    try:
        r = f()
        print('ok', len(r) if isinstance(r, str) else r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
t(lambda: sys.set_int_max_str_digits(100))
t(lambda: sys.set_int_max_str_digits(-1))
t(lambda: sys.set_int_max_str_digits('a'))
t(lambda: sys.set_int_max_str_digits())
t(lambda: sys.set_int_max_str_digits(maxdigits=640))
print(sys.get_int_max_str_digits())
t(lambda: str(10 ** 639))
t(lambda: str(10 ** 640))
t(lambda: int('1' * 641))
t(lambda: int('1' * 640) > 0)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
t(lambda: str(10 ** 5000))
t(lambda: int('7' * 6000) % 10)
sys.set_int_max_str_digits(5000)
t(lambda: str(10 ** 4999))
t(lambda: str(10 ** 5000))
t(lambda: int('1' * 5001))
