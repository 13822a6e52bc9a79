import sys
vi = sys.version_info
print(vi >= (3,))
print(vi >= (3, 0, 0))
print(vi < (4,))
print(vi[0])
print(vi.major == vi[0])
print(isinstance(vi.minor, int))
print(vi.releaselevel in ("alpha", "beta", "candidate", "final"))
print(len(tuple(vi)))
print(sys.version_info > (2, 7))
print(type(sys.version).__name__)
print(sys.version.startswith(str(vi.major)))
