def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50)
print(len(str(fact(100))), sum(int(d) for d in str(fact(100))))
a = 2 ** 200 - 1
print(a % 1000007, a // 10 ** 50)
print(-a >> 100, a & 0xFFFF, a ^ (a >> 1) > 0)
print(int("9" * 60) + 1 == 10 ** 60)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[149])
print(pow(7, 10**5, 10**9 + 7))
print((10**30).to_bytes(13, "big").hex(), int.from_bytes(b"\x01\x00", "little"))
