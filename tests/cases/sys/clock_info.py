import time
for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.implementation, info.monotonic, info.adjustable,
          0 < info.resolution <= 1e-3)
for bad in ('nope', 1):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
