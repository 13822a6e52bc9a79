from array import array
import math

raw = [12, 15, 11, 40, 14, 13, 12, 16, 15, 90, 14, 13]
samples = array("h", raw)
n = len(samples)
mean = sum(samples) / n
std = math.sqrt(sum((x - mean) ** 2 for x in samples) / n)
print(n, round(mean, 3), round(std, 3))
outliers = array("h", (x for x in samples if abs(x - mean) > 1.5 * std))
clean = array("h", (x for x in samples if abs(x - mean) <= 1.5 * std))
print(outliers, clean, clean.typecode)
norm = array("d", ((x - min(clean)) / (max(clean) - min(clean)) for x in clean))
print([round(v, 3) for v in norm])
hist = array("L", [0] * 5)
for x in clean:
    hist[min((x - 10) // 2, 4)] += 1
print(hist.tolist(), sum(hist) == len(clean))
scaled = array("f", (x / 10 for x in clean))
print([round(v, 2) for v in scaled], scaled.itemsize)
diffs = array("h", (b - a for a, b in zip(clean, clean[1:])))
print(diffs, max(diffs), min(diffs))
s = sorted(clean)
median = (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2 if len(s) % 2 == 0 else s[len(s) // 2]
print(median, array("h", s[:3]), clean.count(12), clean.index(15))
cumulative = array("l")
acc = 0
for x in clean:
    acc += x
    cumulative.append(acc)
print(cumulative[-1], cumulative[::3])
clean[::2] = array("h", [0] * len(clean[::2]))
print(clean)
