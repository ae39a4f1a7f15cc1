import os
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()).__name__, type(os.getgid()).__name__, type(os.geteuid()).__name__)
print(os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(0)).__name__)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), all(isinstance(x, str) for x in u))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
old = os.umask(0o022)
print(os.umask(old) == 0o022)
print(os.kill(os.getpid(), 0))
st = os.system('exit 3')
print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st), os.WIFSIGNALED(st))
print(os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
