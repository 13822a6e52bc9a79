# bench: Richards' operating-system task scheduler simulation (classes, linked queues, dispatch)
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
BUF_SIZE = 4

# Task state bits
PACKET_PENDING = 1
WAITING = 2
HELD = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.buf = [0] * BUF_SIZE

    def enqueue(self, queue):
        """Append this packet to the end of `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def blocked(self):
        return (self.state & HELD) != 0 or self.state == WAITING

    def resume(self):
        if self.state == WAITING | PACKET_PENDING:
            pkt = self.queue
            self.queue = pkt.link
            if self.queue is None:
                self.state = 0
            else:
                self.state = PACKET_PENDING
        else:
            pkt = None
        return self.step(pkt)

    def accept(self, pkt, sender):
        """A packet arrives for this task; return the task to run next."""
        if self.queue is None:
            self.queue = pkt
            self.state |= PACKET_PENDING
            if self.priority > sender.priority:
                return self
        else:
            self.queue = pkt.enqueue(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state, count):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.seed = 1
        self.count = count

    def step(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return s.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A
        pkt.dest = self.target
        pkt.count = 0
        buf = pkt.buf
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = self.letter
        return s.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.work = None
        self.devices = None

    def step(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.enqueue(self.work)
            else:
                self.devices = pkt.enqueue(self.devices)
        work = self.work
        if work is not None:
            n = work.count
            if n < BUF_SIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.count = work.buf[n]
                    work.count = n + 1
                    return s.send(dev)
            else:
                self.work = work.link
                return s.send(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.pending = None
        self.checksum = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            p = self.pending
            if p is None:
                return s.wait()
            self.pending = None
            return s.send(p)
        self.pending = pkt
        self.checksum = (self.checksum * 31 + pkt.count) % 1000003
        return s.hold()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.sent = 0
        self.holds = 0

    def send(self, pkt):
        t = self.table[pkt.dest]
        self.sent += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return t.accept(pkt, self.current)

    def wait(self):
        self.current.state |= WAITING
        return self.current

    def hold(self):
        self.holds += 1
        self.current.state |= HELD
        return self.current.next

    def release(self, ident):
        t = self.table[ident]
        t.state &= ~HELD
        if t.priority > self.current.priority:
            return t
        return self.current

    def run(self):
        t = self.tasks
        while t is not None:
            if t.blocked():
                t = t.next
            else:
                self.current = t
                t = t.resume()


def richards(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, 0, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q, WAITING | PACKET_PENDING)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q, WAITING | PACKET_PENDING)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q, WAITING | PACKET_PENDING)
    DeviceTask(s, DEVICE_A, 4000, None, WAITING)
    DeviceTask(s, DEVICE_B, 5000, None, WAITING)
    s.run()
    return s.sent, s.holds, s.table[DEVICE_A].checksum, s.table[DEVICE_B].checksum


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    total = 0
    for i in range(max(1, int(scale * 8))):
        sent, holds, ca, cb = richards(10000)
        total += sent + holds
    print("packets sent:", sent)
    print("holds:", holds)
    print("device checksums:", ca, cb)
    print("total:", total)


main()
