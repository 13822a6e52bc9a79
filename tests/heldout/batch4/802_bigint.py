# big integer arithmetic
a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(divmod(-a, b))
print(a >> 190, a << 3 == a * 8)
print((a | b) & 0xFFFFFFFF, (a ^ b) % 1000007)
print(~a == -a - 1)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)), sum(int(c) for c in str(f)))
print(pow(7, 10**6, 10**9 + 7))
print(-(10**30) // 7, -(10**30) % 7)
print(int(str(10**50 + 1)) == 10**50 + 1)
print(hex(2**100).count('0'), (2**100).bit_length())
print(abs(-10**40), (10**40) == 10**40, 10**40 > 10**39)
x = 123456789012345678901234567890
print(x * x, x ** 3 % 97)
print(float(2**60), int(float(2**53 + 1)))
print(sorted([10**20, -(10**21), 5, 10**19]))
