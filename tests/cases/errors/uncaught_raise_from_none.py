# raise ... from None suppresses the context; the last stderr line is the new exception
class ConfigError(Exception):
    pass

def get_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError("missing setting: " + key) from None

settings = {"host": "localhost", "port": 8080}
print(get_setting(settings, "host"), get_setting(settings, "port"))
try:
    get_setting(settings, "user")
except ConfigError as e:
    print("caught:", e, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
print(get_setting(settings, "password"))
