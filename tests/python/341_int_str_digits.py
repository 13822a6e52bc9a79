# Huge ints: arithmetic is unlimited, but str<->int conversion is capped at 4300 digits.
big = 10 ** 5000
print(big.bit_length(), len(str(10 ** 4299)), (big // 10 ** 4990), big % 97)
n = int("9" * 4300)
print(n % 1000, len(hex(big)), str(2 ** 10000 % 10 ** 20))
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(f"{2 ** 100:,}")
print(repr(10 ** 4301)[:10])
