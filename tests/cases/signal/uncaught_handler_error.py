import signal, os
def h(s, f):
    raise RuntimeError("from handler")
signal.signal(signal.SIGUSR2, h)
print("before")
os.kill(os.getpid(), signal.SIGUSR2)
for i in range(1000): pass
print("not reached")
