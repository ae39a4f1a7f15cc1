# deterministic bank-queue simulation with a pseudo-random LCG
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % n

rng = LCG(42)
queue = []
tellers = [None, None]
served = []
waits = []
customer_id = 0
for tick in range(20):
    if rng.next(3) != 0:
        customer_id += 1
        queue.append((customer_id, tick, 1 + rng.next(4)))
    for i in range(len(tellers)):
        t = tellers[i]
        if t is not None:
            cid, remaining = t
            remaining -= 1
            if remaining == 0:
                served.append(cid)
                tellers[i] = None
            else:
                tellers[i] = (cid, remaining)
        if tellers[i] is None and queue:
            cid, arrived, duration = queue.pop(0)
            waits.append(tick - arrived)
            tellers[i] = (cid, duration)
    busy = "".join("B" if t else "." for t in tellers)
    print(f"t={tick:2d} queue={len(queue):2d} tellers={busy} served={len(served)}")
print("served order:", served)
print("customers arrived:", customer_id)
print("average wait:", round(sum(waits) / len(waits), 3) if waits else 0)
print("max wait:", max(waits, default=0), "still queued:", [c[0] for c in queue])
histogram = {}
for w in waits:
    histogram[w] = histogram.get(w, 0) + 1
for w in sorted(histogram):
    print(f"wait {w}: {'*' * histogram[w]}")
