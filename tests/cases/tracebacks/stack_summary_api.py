# StackSummary.from_list, format_list and format with repeated frames.
import traceback

rows = [("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None),
        traceback.FrameSummary("c.py", 3, "h", line="call()")]
ss = traceback.StackSummary.from_list(rows)
print(type(ss).__name__, len(ss))
for line in ss.format():
    print(repr(line))
print(traceback.format_list(rows) == ss.format())
rep = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 7)
for line in rep.format():
    print(repr(line))
rep4 = traceback.StackSummary.from_list([("r.py", 5, "rec", "rec()")] * 4)
print(rep4.format()[-1])
print(ss[0] == ("a.py", 1, "f", "x = 1"), ss[0] == ss[0], ss[0] != ss[1])
