# bench: a large live heap (a dict of 200k records per scale unit) under steady churn of short-lived objects
# bench-kind: pauses
import sys


class Record:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.links = [key, value]


def main(scale):
    live = {}
    n = max(1, int(200000 * scale))
    for i in range(n):
        live[i] = Record(i, i * 2)
    total = 0
    for rnd in range(3):
        for i in range(0, n, 2):
            r = Record(i, rnd)
            tmp = [r, (i, rnd), str(i)]
            total += len(tmp[2])
            if i % 7 == 0:
                live[i] = r
    s = 0
    for k in range(0, n, 1000):
        s += live[k].value
    print(len(live), total, s)


main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
