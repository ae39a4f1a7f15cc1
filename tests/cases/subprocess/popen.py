import subprocess, sys
p = subprocess.Popen(["sh", "-c", "printf 'a\\nb\\n'"], stdout=subprocess.PIPE)
print(p.stdout.read()); print(p.wait(), p.returncode)
with subprocess.Popen(["sh", "-c", "echo 1; echo 2"], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print(repr(line))
print(p.returncode)
p = subprocess.Popen(["sleep", "10"]); p.kill(); print(p.wait())
p = subprocess.Popen(["sleep", "10"]); p.terminate(); print(p.wait(), p.poll())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"x" * 200000)
print(len(out), err, p.returncode)
p = subprocess.Popen(["true"])
print(repr(p).startswith("<Popen: returncode: None args: ['true']>"))
p.wait()
print(repr(p))
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("hello\n"))
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("timeout", e.cmd)
p.kill(); p.wait()
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("run timeout", e.cmd)
print(subprocess.run([sys.executable, "-c", "print(6*7)"], capture_output=True).stdout)
print(subprocess.run([sys.executable, "-c", "import sys; sys.exit(3)"]).returncode)
