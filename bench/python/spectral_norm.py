# bench: spectral norm of an infinite matrix by the power method (float loops, function calls, zip)
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * u[j]
        out.append(total)
    return out


def times_transposed(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j, uj in enumerate(u):
            total += entry(j, i) * uj
        out.append(total)
    return out


def times_ata(u):
    return times_transposed(times(u))


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    results = []
    for k in range(max(1, int(scale * 4))):
        results.append(spectral_norm(110 + k % 3, 10))
    print("%.9f" % results[0])
    print("%.9f" % sum(results))


main()
