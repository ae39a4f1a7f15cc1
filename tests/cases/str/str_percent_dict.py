# %-formatting with a mapping: named fields, repeats, widths and errors
data = {"name": "Ada", "age": 36, "score": 97.456, "tags": ["x", "y"]}
print("%(name)s is %(age)d" % data)
print("%(name)-6s|%(age)05d|%(score).1f|%(score)10.3f|" % data)
print("%(name)r %(tags)s %(name)s again" % data)
print("%(age)x %(age)o %(age)#x %%(literal)s" % data)
print("%(a)s" % {"a": "only", "unused": 1})
print("no fields" % {}, "%%" % {})
print("%(k)s" % {"k": {"nested": 1}})
class M:
    def __getitem__(self, key):
        return key.upper() * 2
print("%(ab)s-%(c)s" % M())
rows = [{"item": "apple", "qty": 3, "price": 0.5}, {"item": "kiwi", "qty": 12, "price": 0.25}]
for r in rows:
    print("%(item)-8s x%(qty)3d @ %(price)5.2f = %(total)6.2f" % dict(r, total=r["qty"] * r["price"]))
try:
    print("%(missing)s" % data)
except KeyError as e:
    print("KeyError:", e)
try:
    print("%(name)s %s" % data)
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(age)s" % ("not", "a", "map"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(name)d" % data)
except TypeError as e:
    print("TypeError:", e)
print("%s" % data == str(data), "%s" % {} == "{}")
