# only __lt__ defined: sorted/min/max work, > uses the reflected __lt__, <= fails
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return self.name

tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2")]
print(sorted(tasks), sorted(tasks, reverse=True))
print(min(tasks), max(tasks))
print(Task(1, "x") < Task(2, "y"), Task(1, "x") > Task(2, "y"), Task(5, "p") > Task(2, "q"))
tasks.sort()
print(tasks)
try:
    Task(1, "x") <= Task(2, "y")
except TypeError as e:
    print("TypeError:", e)
try:
    Task(1, "x") >= Task(2, "y")
except TypeError as e:
    print("TypeError:", e)
print(Task(1, "x") == Task(1, "x"))
try:
    sorted([Task(1, "t"), 5])
except TypeError as e:
    print("TypeError:", e)

class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Rev(" + str(self.v) + ")"

print(sorted([Rev(2), Rev(3), Rev(1)]), min([Rev(5), Rev(4)]))
