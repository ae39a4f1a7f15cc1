import sys
f = sys.flags
print(type(f).__name__, len(f), f.n_fields if hasattr(f, 'n_fields') else None)
for name in ('debug', 'inspect', 'interactive', 'optimize', 'no_user_site', 'no_site',
             'verbose', 'bytes_warning', 'quiet', 'isolated', 'dev_mode', 'utf8_mode',
             'warn_default_encoding', 'safe_path', 'int_max_str_digits'):
    v = getattr(f, name)
    print(name, type(v).__name__, v)
print(type(f.dont_write_bytecode).__name__, type(f.hash_randomization).__name__)
print(f[0], f[3], f[-1])
print(isinstance(f, tuple))
