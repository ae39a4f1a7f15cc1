import io
import sys

print(sys.stdout)
print(sys.stderr)
print(sys.stdin)
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding)
print(sys.stderr.name, sys.stderr.errors, sys.stdin.name, sys.stdin.mode)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdin, io.TextIOBase))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.closed, sys.stdin.closed, sys.stdout.newlines)
print(sys.stdout.write("written\n"))
print(sys.stdout.write("é\n"))
sys.stdout.writelines(["l1\n", "l2\n"])
print("before buffer")
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
print("after buffer")
print(sys.stdout.buffer.name, sys.stdout.buffer.mode)
print(sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin)
sys.stdout.reconfigure(encoding="utf-8")
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print(e)
