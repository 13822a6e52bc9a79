# uncaught ZeroDivisionError raised inside a generator consumed by a loop
def ratios(pairs):
    for a, b in pairs:
        yield a / b
def safe_ratios(pairs):
    for a, b in pairs:
        yield a / b if b else float("inf")
data = [(1, 2), (9, 3), (5, 0), (4, 4)]
gen = ratios(data)
print(type(gen).__name__, "created lazily; nothing divided yet")
print("safe:", list(safe_ratios(data)))
total = 0
for r in ratios(data):
    total += r
    print(f"ratio {r:.3f}, running total {total:.3f}")
print("done", total)
