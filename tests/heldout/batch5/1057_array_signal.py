# a small signal-processing style program using array
from array import array
import math
N = 16
samples = array("d", (math.sin(2 * math.pi * i / 8) for i in range(N)))
quantized = array("h", (int(round(s * 1000)) for s in samples))
print(quantized[:8].tolist(), quantized.itemsize)
print(" ".join(f"{q / 1000:+.3f}" for q in quantized[:8]))
def smooth(sig, k=3):
    out = array(sig.typecode)
    for i in range(len(sig) - k + 1):
        out.append(sum(sig[i:i + k]) / k)
    return out
sm = smooth(samples)
print(len(sm), [round(x, 3) + 0.0 for x in sm[:5]])
rms = math.sqrt(sum(x * x for x in samples) / len(samples))
print(round(rms, 6))
peaks = [i for i in range(1, N - 1) if samples[i - 1] < samples[i] > samples[i + 1]]
print(peaks)
crossings = sum(1 for a, b in zip(quantized, quantized[1:]) if (a < 0) != (b < 0))
print(crossings)
raw = quantized.tobytes()
back = array("h")
back.frombytes(raw)
print(back == quantized, len(raw))
hist = array("I", [0] * 5)
for q in quantized:
    hist[min(4, (q + 1000) * 5 // 2001)] += 1
print(hist.tolist(), sum(hist))
