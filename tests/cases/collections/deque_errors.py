from collections import deque


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("index missing", lambda: d.index(9))
t("index window", lambda: d.index(3, 0, 2))
t("index bad start", lambda: d.index(1, 'a'))
t("remove missing", lambda: d.remove('x'))
t("getitem range", lambda: d[3])
t("getitem neg range", lambda: d[-4])
t("getitem slice", lambda: d[0:2])
t("getitem str", lambda: d['a'])
t("setitem range", lambda: d.__setitem__(5, 0))
t("delitem range", lambda: d.__delitem__(-9))
t("not iterable", lambda: deque(5))
t("extend not iterable", lambda: d.extend(3))
t("bool index", lambda: d[True])
t("index big stop", lambda: d.index(3, -100, 100))
t("unpack", lambda: [*d])
