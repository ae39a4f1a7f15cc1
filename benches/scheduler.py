# A cooperative task-scheduler simulation.  Several task classes share an
# abstract base and override `step`, `priority` and `describe`; the scheduler
# keeps ready queues per priority and dispatches through virtual calls.
# Stresses method lookup/dispatch, super() calls, isinstance and small objects.

TICKS = 1500000


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return self.next() % n


class Task:
    kind = "task"

    def __init__(self, tid, work):
        self.tid = tid
        self.work = work
        self.done = 0
        self.runs = 0
        self.finished = False

    def priority(self):
        return 1

    def cost(self):
        return 1

    def step(self, sched):
        self.runs += 1
        amount = self.cost()
        self.done += amount
        if self.done >= self.work:
            self.finished = True
        return amount

    def describe(self):
        return "%s#%d" % (self.kind, self.tid)


class CpuTask(Task):
    kind = "cpu"

    def cost(self):
        return 3

    def priority(self):
        return 2


class IoTask(Task):
    kind = "io"

    def __init__(self, tid, work, latency):
        super().__init__(tid, work)
        self.latency = latency
        self.waiting = 0

    def priority(self):
        return 0 if self.waiting == 0 else 3

    def step(self, sched):
        if self.waiting > 0:
            self.waiting -= 1
            self.runs += 1
            return 0
        self.waiting = self.latency
        return super().step(sched)


class SpawnerTask(Task):
    kind = "spawner"

    def __init__(self, tid, work, rng):
        super().__init__(tid, work)
        self.rng = rng
        self.spawned = 0

    def step(self, sched):
        amount = super().step(sched)
        if self.rng.below(4) == 0:
            self.spawned += 1
            sched.spawn(self.rng)
        return amount


class BatchTask(CpuTask):
    kind = "batch"

    def __init__(self, tid, work, batch):
        super().__init__(tid, work)
        self.batch = batch

    def cost(self):
        return super().cost() * self.batch

    def priority(self):
        return 3


class Scheduler:
    LEVELS = 4

    def __init__(self):
        self.queues = [[] for _ in range(self.LEVELS)]
        self.heads = [0] * self.LEVELS
        self.next_id = 0
        self.completed = 0
        self.work_done = 0
        self.by_kind = {}
        self.finished_log = []

    def add(self, task):
        self.queues[task.priority()].append(task)

    def spawn(self, rng):
        self.next_id += 1
        tid = self.next_id
        r = rng.below(10)
        if r < 4:
            t = CpuTask(tid, 5 + rng.below(20))
        elif r < 7:
            t = IoTask(tid, 3 + rng.below(10), 1 + rng.below(3))
        elif r < 9:
            t = BatchTask(tid, 20 + rng.below(40), 2 + rng.below(3))
        else:
            t = Task(tid, 4 + rng.below(8))
        self.add(t)
        return t

    def pick(self):
        for level in range(self.LEVELS):
            q = self.queues[level]
            h = self.heads[level]
            if h < len(q):
                task = q[h]
                h += 1
                if h > 256:
                    del q[:h]
                    h = 0
                self.heads[level] = h
                return task
        return None

    def run(self, ticks, rng):
        for tick in range(ticks):
            task = self.pick()
            if task is None:
                self.spawn(rng)
                continue
            self.work_done += task.step(self)
            if task.finished:
                self.completed += 1
                k = task.kind
                self.by_kind[k] = self.by_kind.get(k, 0) + 1
                if isinstance(task, SpawnerTask) or self.completed % 997 == 0:
                    self.finished_log.append(task.describe())
            else:
                self.add(task)
            if tick % 50 == 0:
                self.spawn(rng)


def main():
    rng = Lcg(2024)
    sched = Scheduler()
    for i in range(8):
        sched.next_id += 1
        sched.add(SpawnerTask(sched.next_id, 400 + 50 * i, Lcg(i + 1)))
    for _ in range(40):
        sched.spawn(rng)
    sched.run(TICKS, rng)
    pending = sum(len(q) - h for q, h in zip(sched.queues, sched.heads))
    print("completed:", sched.completed, "work:", sched.work_done, "pending:", pending)
    for k in sorted(sched.by_kind):
        print("  %-8s %d" % (k, sched.by_kind[k]))
    print("log:", len(sched.finished_log), ", ".join(sched.finished_log[:6]))


main()
