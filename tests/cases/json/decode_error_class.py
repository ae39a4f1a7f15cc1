import json
from json import JSONDecodeError
print(issubclass(JSONDecodeError, ValueError), JSONDecodeError.__module__)
e = JSONDecodeError('Oops', 'ab\ncd\nef', 5)
print(str(e), e.args, e.msg, e.pos, e.lineno, e.colno)
print(e.__reduce__()[1])
e2 = JSONDecodeError('At end', 'abc', 3)
print(e2, e2.colno)
e3 = JSONDecodeError('After nl', 'ab\n', 3)
print(e3, e3.lineno, e3.colno)
try:
    json.loads('[1, 2')
except ValueError as err:
    print(type(err).__name__, err)
import json.decoder
print(json.decoder.JSONDecodeError is JSONDecodeError)
