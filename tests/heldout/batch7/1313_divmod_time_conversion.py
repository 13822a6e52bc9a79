def hms(seconds):
    sign = "-" if seconds < 0 else ""
    minutes, s = divmod(abs(seconds), 60)
    hours, m = divmod(minutes, 60)
    days, h = divmod(hours, 24)
    prefix = f"{days}d " if days else ""
    return f"{sign}{prefix}{h:02d}:{m:02d}:{s:02d}"


for secs in [0, 59, 60, 3599, 3600, 86399, 86400, 90061, -3725, 10 ** 6]:
    print(secs, hms(secs))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a, a // b == q, a % b == r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))


print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), to_base(0, 3))
cents = 123456
dollars, c = divmod(cents, 100)
print(f"${dollars:,}.{c:02d}")
coins = [25, 10, 5, 1]
amount = 94
change = {}
for coin in coins:
    change[coin], amount = divmod(amount, coin)
print(change)
print(-7 // 2 * 2 + -7 % 2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 5.5 % 2, -5.5 % 2)
