from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int
p = Pt(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(sorted([Pt(2, 1), Pt(1, 5), Pt(1, 2)]))
print(Pt(1, 2) < Pt(1, 3), Pt(0, 9) < Pt(1, 0))
print(len({Pt(1, 2), Pt(1, 2), Pt(3, 4)}))
print(issubclass(FrozenInstanceError, AttributeError))
