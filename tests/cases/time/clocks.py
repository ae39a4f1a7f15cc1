import time
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    g = getattr(time, name + '_ns')
    a = f()
    b = f()
    print(name, type(a).__name__, type(g()).__name__, a <= b if name != 'time' else True)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
print(time.time() > 1600000000)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
