from array import array
import math
samples = array("d", [math.sin(i / 4) for i in range(16)])
print(len(samples), samples.itemsize * len(samples))
print(round(max(samples), 6), round(min(samples), 6))
mean = sum(samples) / len(samples)
print(round(mean, 8))
scaled = array("d", (x * 2 for x in samples))
print([round(x, 4) for x in scaled[:4]])
counts = array("L", [0] * 5)
for v in [1, 3, 3, 4, 0, 3]:
    counts[v] += 1
print(counts.tolist())
ints = array("h", [3, -1, 4, -1, 5])
print(array("h", sorted(ints)), sum(abs(x) for x in ints))
