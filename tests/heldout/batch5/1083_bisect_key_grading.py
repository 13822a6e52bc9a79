# bisect with key= and lookup tables
import bisect
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
rates = [(0, 0.10), (10000, 0.12), (40000, 0.22), (85000, 0.24)]
thresholds = [r[0] for r in rates]
def marginal_rate(income):
    return rates[bisect.bisect_right(thresholds, income) - 1][1]
print([marginal_rate(i) for i in [0, 9999, 10000, 50000, 1000000]])
people = [("ann", 25), ("bob", 31), ("cy", 40), ("dee", 52)]
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 35)])
print(bisect.bisect_left(people, 35, key=lambda p: p[1]), bisect.bisect_right(people, 40, key=lambda p: p[1]))
records = []
for rec in [("c", 3), ("a", 1), ("b", 2), ("a", 0)]:
    bisect.insort(records, rec, key=lambda r: r[1])
print(records)
events = [(1, "boot"), (5, "login"), (9, "update"), (14, "logout")]
times = [t for t, _ in events]
def state_at(t):
    i = bisect.bisect_right(times, t)
    return events[i - 1][1] if i else "off"
print([state_at(t) for t in [0, 1, 4, 9, 13, 20]])
class Reversed:
    def __init__(self, seq):
        self.seq = seq
    def __len__(self):
        return len(self.seq)
    def __getitem__(self, i):
        return -self.seq[i]
desc = [9, 7, 5, 3]
print(bisect.bisect_left(Reversed(desc), -5))
