from collections import deque


class TaskQueue:
    def __init__(self):
        self.pending = deque()
        self.done = []

    def add(self, *tasks):
        self.pending.extend(tasks)

    def run_one(self):
        task = self.pending.popleft()
        self.done.append(task.upper())
        return task


q = TaskQueue()
q.add("compile", "test", "deploy")
while q.pending:
    print("ran", q.run_one())
print("done:", q.done)
print("pending:", list(q.pending))
print("running one more than available")
q.run_one()
