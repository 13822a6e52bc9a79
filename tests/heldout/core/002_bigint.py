n = 2 ** 200
print(n)
print(n + 1, n - 1)
print(n * n)
print(n // 3, n % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print((10 ** 30) == 10 ** 30, 10 ** 30 > 10 ** 29)
print(pow(3, 100))
print(int("123456789012345678901234567890") * 2)
print((1 << 100) >> 98)
print(abs(-(10 ** 25)))
print(hex(2 ** 70))
