# sys.int_info, a struct sequence.
import sys
info = sys.int_info
print(info)
print(info.bits_per_digit, info.sizeof_digit, info.default_max_str_digits, info.str_digits_check_threshold)
print(tuple(info), len(info), info[2], isinstance(info, tuple), type(info).__name__)
