import signal, time
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02)
t = time.monotonic()
time.sleep(0.15)
print(hits, time.monotonic() - t >= 0.15)
