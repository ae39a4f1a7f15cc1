import io

text = "a\r\nb\rc\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\n")
    s.write("z\r")
    print(repr(nl), repr(s.getvalue()), s.newlines)

s = io.StringIO(newline=None)
print(s.newlines)
s.write("only\n")
print(repr(s.newlines))
s.write("mac\r")
print(s.newlines)
