# bench: chaos game: iterated function systems rendered into a density grid (classes, floats, own PRNG)
import sys
import math


class Rng:
    """A linear congruential generator (deterministic on every interpreter)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next_int(self):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return self.state >> 8

    def uniform(self):
        return self.next_int() / 16777216.0


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.shift = Vec(e, f)
        self.weight = weight

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y, self.c * p.x + self.d * p.y) + self.shift


class Swirl(Affine):
    """An affine map followed by a nonlinear twist around the origin."""

    def __init__(self, a, b, c, d, e, f, weight, twist):
        Affine.__init__(self, a, b, c, d, e, f, weight)
        self.twist = twist

    def apply(self, p):
        q = Affine.apply(self, p)
        r = q.length()
        ang = self.twist * r
        s = math.sin(ang)
        c = math.cos(ang)
        return Vec(q.x * c - q.y * s, q.x * s + q.y * c)


class System:
    def __init__(self, name, maps):
        self.name = name
        self.maps = maps
        self.total = sum(m.weight for m in maps)

    def pick(self, rng):
        r = rng.uniform() * self.total
        for m in self.maps:
            r -= m.weight
            if r < 0.0:
                return m
        return self.maps[-1]


class Canvas:
    def __init__(self, width, height, xmin, xmax, ymin, ymax):
        self.width = width
        self.height = height
        self.xmin = xmin
        self.ymin = ymin
        self.sx = width / (xmax - xmin)
        self.sy = height / (ymax - ymin)
        self.cells = [[0] * width for _ in range(height)]
        self.outside = 0

    def plot(self, p):
        col = int((p.x - self.xmin) * self.sx)
        row = int((p.y - self.ymin) * self.sy)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.cells[row][col] += 1
        else:
            self.outside += 1

    def summary(self):
        filled = 0
        peak = 0
        digest = 0
        for r, line in enumerate(self.cells):
            for c, n in enumerate(line):
                if n:
                    filled += 1
                    if n > peak:
                        peak = n
                    digest = (digest * 131 + n * (r + 1) + c) % 1000000007
        return filled, peak, digest


def play(system, canvas, rng, steps):
    p = Vec(0.0, 0.0)
    sx = 0.0
    sy = 0.0
    for i in range(steps):
        p = system.pick(rng).apply(p)
        if i >= 20:
            canvas.plot(p)
            sx += p.x
            sy += p.y
    return sx / steps, sy / steps


def fern():
    return System("fern", [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
    ])


def twisted_triangle():
    return System("swirl", [
        Swirl(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1, 0.3),
        Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1),
        Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.433, 1),
    ])


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rng = Rng(20240601)
    jobs = [(fern(), Canvas(60, 100, -2.5, 3.0, 0.0, 10.0)),
            (twisted_triangle(), Canvas(80, 80, -0.5, 1.2, -0.5, 1.2))]
    for system, canvas in jobs:
        mx, my = play(system, canvas, rng, int(120000 * scale))
        filled, peak, digest = canvas.summary()
        print("%s: mean=(%.4f, %.4f) filled=%d peak=%d outside=%d digest=%d"
              % (system.name, mx, my, filled, peak, canvas.outside, digest))


main()
