class Money:
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __round__(self, n=None):
        return round(self.cents / 100, n)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __floordiv__(self, k):
        return "floordiv"
    def __mod__(self, k):
        return self.cents % k
    def __pow__(self, k):
        return self.cents ** k
    def __lshift__(self, k):
        return self.cents << k
m = Money(1234)
print(int(m), float(m), round(m), round(m, 1))
print(hex(m), bin(Money(5)), [0, 1, 2, 3, 4, 5][Money(3)])
print((m / 2).cents, m // 2, m % 100, Money(3) ** 2, Money(1) << 4)
