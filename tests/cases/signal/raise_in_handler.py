import signal, time
class Timeout(Exception): pass
def on_alarm(s, f): raise Timeout("too slow")
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except Timeout as e:
    print("caught", e)
print(signal.getitimer(signal.ITIMER_REAL))
signal.alarm(0)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raised")
