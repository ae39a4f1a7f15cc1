# raise ... from None suppresses the context in the traceback; last line is the new error
class ConfigError(Exception):
    pass
d = {"a": 1}
def get(k):
    try:
        return d[k]
    except KeyError:
        raise ConfigError(f"missing key: {k}") from None
print(get("a"))
get("b")
