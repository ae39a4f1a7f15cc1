# splitlines and partition / rpartition
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print("no newline".splitlines(), "".splitlines(), "\n".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".split("\n"))
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="))
host, _, port = "localhost:8080".partition(":")
print(host, int(port) + 1)
for line in "a: 1\nb: 2\nc".splitlines():
    k, sep, v = line.partition(": ")
    print(repr(k), repr(sep), repr(v))
print("a=b".partition("=")[2], "no-sep".partition("=")[0])
