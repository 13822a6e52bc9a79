class Particle:
    __slots__ = ("x", "y", "vx", "vy")

    def __init__(self, x, y, vx=0.0, vy=0.0):
        self.x, self.y, self.vx, self.vy = x, y, vx, vy

    def step(self, dt, gravity=-9.8):
        self.vy += gravity * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0:
            self.y = -self.y
            self.vy = -self.vy * 0.5


class Charged(Particle):
    __slots__ = ("charge",)

    def __init__(self, *a, charge=1, **kw):
        super().__init__(*a, **kw)
        self.charge = charge


class Tagged(Particle):
    pass


p = Particle(0.0, 10.0, vx=1.0)
for _ in range(20):
    p.step(0.1)
print(f"{p.x:.3f} {p.y:.3f} {p.vx:.3f} {p.vy:.3f}")
try:
    p.mass = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Particle.__slots__)
c = Charged(1, 2, charge=-1)
print(c.charge, c.x, hasattr(c, "__dict__"))
try:
    c.spin = 1
except AttributeError:
    print("Charged rejects new attrs")
t = Tagged(0, 0)
t.label = "free"
print(t.label, hasattr(t, "__dict__"), vars(t))
q = Particle(1, 1)
del q.vx
try:
    print(q.vx)
except AttributeError as e:
    print("AttributeError after del:", "vx" in str(e))
print(Particle.x.__get__(p), p.x == Particle.x.__get__(p))
print(sorted(n for n in dir(Charged) if not n.startswith("__")))
