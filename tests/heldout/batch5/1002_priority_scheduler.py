# a priority task scheduler using plain lists
class Task:
    _seq = 0
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
        Task._seq += 1
        self.seq = Task._seq
    def key(self):
        return (-self.priority, self.seq)
    def __repr__(self):
        return f"{self.name}(p={self.priority}, d={self.duration})"
class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.queue = []
        self.clock = 0
        self.log = []
    def add(self, task):
        self.queue.append(task)
        self.queue.sort(key=Task.key)
    def run(self):
        while self.queue:
            task = self.queue.pop(0)
            slice_ = min(self.quantum, task.duration)
            self.clock += slice_
            task.duration -= slice_
            self.log.append(f"t={self.clock:>3} ran {task.name} for {slice_}")
            if task.duration > 0:
                task.priority -= 1
                Task._seq += 1
                task.seq = Task._seq
                self.add(task)
            else:
                self.log.append(f"t={self.clock:>3} {task.name} done")
s = Scheduler(quantum=3)
for name, p, d in [("backup", 1, 5), ("email", 3, 2), ("compile", 2, 7), ("ui", 3, 4)]:
    s.add(Task(name, p, d))
print(s.queue)
s.run()
print("\n".join(s.log))
print("total time", s.clock)
