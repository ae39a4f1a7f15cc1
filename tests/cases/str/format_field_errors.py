# str.format field errors: empty attributes and indexes, too many digits.
for f in ("{0.}", "{99999999999999999999}", "{0[]}", "{0.real.}"):
    try: print(f.format(1))
    except Exception as e: print(type(e).__name__, e)
