# uncaught exception raised with 'from' chaining
class ParseError(Exception):
    pass

def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("invalid port " + repr(s)) from e

print(parse_port("8080"))
print(parse_port("http"))
