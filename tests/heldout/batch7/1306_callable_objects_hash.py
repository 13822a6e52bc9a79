class RateLimiter:
    def __init__(self, limit):
        self.limit = limit
        self.calls = {}

    def __call__(self, user):
        n = self.calls.get(user, 0)
        if n >= self.limit:
            return False
        self.calls[user] = n + 1
        return True


allow = RateLimiter(2)
print([allow(u) for u in ["ann", "bob", "ann", "ann", "bob", "bob", "cy"]])
print(callable(allow), callable(RateLimiter), callable(5), callable(print), callable(lambda: 0))


class Coord:
    __slots__ = ("lat", "lon")

    def __init__(self, lat, lon):
        self.lat = round(lat, 4)
        self.lon = round(lon, 4)

    def __eq__(self, other):
        return (self.lat, self.lon) == (other.lat, other.lon)

    def __hash__(self):
        return hash((self.lat, self.lon))

    def __repr__(self):
        return f"({self.lat}, {self.lon})"


visits = {}
for lat, lon in [(51.50001, -0.12), (51.5, -0.12), (48.8566, 2.3522), (51.50004, -0.11999)]:
    c = Coord(lat, lon)
    visits[c] = visits.get(c, 0) + 1
print(visits)
print(Coord(1, 2) in {Coord(1.00001, 2)}, len({Coord(0, 0), Coord(0, 0.00001)}))


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            if c:
                p = n - i
                terms.append(f"{c}" + ("" if p == 0 else "x" if p == 1 else f"x^{p}"))
        return " + ".join(terms) or "0"


poly = Polynomial(2, 0, -3, 1)
print(poly, [poly(x) for x in range(-2, 3)], list(map(poly, [0.5])))
print(sorted([3, 1, 2], key=Polynomial(1, 0, 0)), sorted([-3, 1, 2], key=Polynomial(1, 0, 0)))


class Unhashable:
    __hash__ = None


try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, *values, scale=1):
        return [v * self.k * scale for v in values]


triple = Multiplier(3)
print(triple(1, 2), triple(5, scale=10), triple())
