# bench: dict workload: insert/lookup/update/delete/iteration with str and int keys
import sys


def make_keys(n):
    return ["k%d_%s" % (i, "abcdefgh"[i % 8] * (1 + i % 5)) for i in range(n)]


def int_dict_work(n, base):
    d = {}
    for i in range(n):
        d[i * 7 % n] = base + i
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        d[i] = d[i] + 1
    for i in range(0, n, 5):
        del d[i]
    total = 0
    for k, v in d.items():
        total += k ^ v
    for k in d:
        total += k
    total += sum(d.values())
    return hits, len(d), total


def str_dict_work(keys):
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    acc = 0
    for k in keys:
        acc += d[k]
    for k in keys[::3]:
        d[k] += 100
    missing = 0
    for i in range(0, len(keys), 4):
        if d.get("x" + keys[i], -1) < 0:
            missing += 1
    for k in keys[1::4]:
        d.pop(k)
    first = None
    order = 0
    for pos, (k, v) in enumerate(d.items()):
        if first is None:
            first = k
        order = (order * 31 + v + pos) % 1000000007
    return acc, missing, len(d), order, first


def word_counts(keys):
    counts = {}
    for k in keys:
        tail = k[k.index("_") + 1:]
        counts[tail] = counts.get(tail, 0) + 1
    groups = {}
    for k in keys:
        groups.setdefault(len(k), []).append(k)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    sizes = sorted((n, len(v)) for n, v in groups.items())
    return top, sizes


def nested(n):
    table = {}
    for i in range(n):
        row = table.setdefault(i % 37, {})
        row[i] = str(i)
    merged = {}
    for r in sorted(table):
        merged.update(table[r])
    copy = dict(merged)
    copy.update({-1: "neg"})
    return len(merged), len(copy), sum(len(v) for v in copy.values())


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    keys = make_keys(2000)
    for r in range(max(1, int(scale * 100))):
        a = int_dict_work(4000 + 7 * (r % 2), r)
        b = str_dict_work(keys)
        c = word_counts(keys)
        d = nested(2000)
    print("int:", a)
    print("str:", b)
    print("counts:", c[0], c[1][:3])
    print("nested:", d)


main()
