# keyword-only parameters after * and their errors
def connect(host, *, port=80, secure=False):
    return host + ":" + str(port) + (" (tls)" if secure else "")

print(connect("a.com"))
print(connect("b.com", port=443, secure=True))
try:
    connect("c.com", 8080)
except TypeError as e:
    print("TypeError:", e)

def must(*, key):
    return key * 2

print(must(key=21))
try:
    must()
except TypeError as e:
    print("TypeError:", e)
try:
    must(5)
except TypeError as e:
    print("TypeError:", e)

def tagged(*items, sep=", "):
    return sep.join(str(i) for i in items)

print(tagged(1, 2, 3), tagged(1, 2, sep="|"))
try:
    connect("d.com", prot=1)
except TypeError as e:
    print("TypeError:", e)
