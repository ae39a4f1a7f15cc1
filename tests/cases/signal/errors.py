import signal
for args in [(99, signal.SIG_DFL), (0, signal.SIG_DFL), (signal.SIGINT, 5), (signal.SIGINT, "x"), (signal.SIGKILL, signal.SIG_IGN)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(1000)
except ValueError as e:
    print(e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL))
v = signal.valid_signals()
print(len(v) > 30, 2 in v, 9 in v)
