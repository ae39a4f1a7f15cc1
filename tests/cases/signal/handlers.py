import signal, os, time
got = []
def h(signum, frame):
    got.append(signum)
print(signal.signal(signal.SIGUSR1, h) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(100): pass
print(got)
signal.raise_signal(signal.SIGUSR2) if False else None
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler or signal.getsignal(signal.SIGINT).__name__)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print(int(signal.SIGINT), int(signal.SIGTERM), int(signal.SIGALRM), int(signal.SIGCHLD), signal.NSIG)
