import bisect
class SortedList:
    def __init__(self):
        self.data = []
    def add(self, x):
        bisect.insort(self.data, x)
    def count_range(self, lo, hi):
        return bisect.bisect_right(self.data, hi) - bisect.bisect_left(self.data, lo)
    def nearest(self, x):
        i = bisect.bisect_left(self.data, x)
        cands = self.data[max(0, i - 1):i + 1]
        return min(cands, key=lambda v: (abs(v - x), v))
s = SortedList()
for v in [15, 3, 9, 27, 3, 21, 12]:
    s.add(v)
print(s.data, s.count_range(3, 12), s.count_range(100, 200), s.nearest(10), s.nearest(24), s.nearest(0))
def lis_length(xs):
    tails = []
    for x in xs:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print(lis_length([10, 9, 2, 5, 3, 7, 101, 18]), lis_length([]), lis_length([5, 4, 3]))
