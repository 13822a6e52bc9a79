import sys

vi = sys.version_info
print(type(vi).__name__, len(vi), vi[0] == vi.major == 3)
print(vi >= (3, 0), vi >= (3, 8), vi < (4,), vi > (2, 7, 18), vi >= (3, 11))
print(vi[:1], vi.releaselevel in ("alpha", "beta", "candidate", "final"), isinstance(vi.serial, int))
major, minor, *rest = vi
print(major, isinstance(minor, int), len(rest))
print(sys.version.startswith(f"{vi.major}.{vi.minor}"), isinstance(sys.hexversion, int))
print(sys.hexversion >> 24 == vi.major, (sys.hexversion >> 16) & 0xFF == vi.minor)
feature = "match" if vi >= (3, 10) else "if-chains"
print("using", feature)
print(sys.implementation.name == sys.implementation.name.lower(), isinstance(sys.implementation.cache_tag, (str, type(None))))
print(sys.implementation.version[:2] >= (3, 0))
print(tuple(vi[:2]) == (vi.major, vi.minor), vi == vi, vi != (3,))
print(sys.byteorder == "little" and int.from_bytes(b"\x01\x00", sys.byteorder) == 1 or sys.byteorder == "big")
print(int.from_bytes((258).to_bytes(2, sys.byteorder), sys.byteorder))
try:
    vi.major = 4
except (AttributeError, TypeError) as e:
    print("read-only:", type(e).__name__)
