# uncaught exception raised with 'from' chaining
class ParseError(Exception):
    pass

def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("invalid port " + repr(s)) from e

print(parse_port("8080"))
try:
    parse_port("")
except ParseError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__)
print(parse_port("http"))
