# a command-driven todo list manager with priorities and filtering
class Task:
    counter = 0
    def __init__(self, title, priority=2, tags=()):
        Task.counter += 1
        self.id = Task.counter
        self.title = title
        self.priority = priority
        self.tags = list(tags)
        self.done = False

    def __str__(self):
        mark = "x" if self.done else " "
        tags = " " + " ".join("#" + t for t in self.tags) if self.tags else ""
        return f"[{mark}] {self.id:>2} P{self.priority} {self.title}{tags}"

class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, title, priority=2, *tags):
        task = Task(title, priority, tags)
        self.tasks.append(task)
        return task.id

    def find(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                return t
        raise LookupError(f"no task {task_id}")

    def complete(self, task_id):
        self.find(task_id).done = True

    def pending(self):
        return sorted((t for t in self.tasks if not t.done), key=lambda t: (t.priority, t.id))

    def with_tag(self, tag):
        return [t.title for t in self.tasks if tag in t.tags]

todo = TodoList()
todo.add("write tests", 1, "dev")
todo.add("buy milk", 3, "home")
todo.add("fix bug 42", 1, "dev", "urgent")
todo.add("call mom", 2)
todo.add("review PR", 2, "dev")
todo.complete(1)
todo.complete(4)
try:
    todo.complete(99)
except LookupError as e:
    print("error:", e)
for t in todo.tasks:
    print(t)
print("-- pending by priority --")
for t in todo.pending():
    print(t)
print("dev:", todo.with_tag("dev"))
done = sum(1 for t in todo.tasks if t.done)
print(f"{done}/{len(todo.tasks)} done")
