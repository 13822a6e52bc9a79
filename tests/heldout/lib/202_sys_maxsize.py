import sys
print(sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1)
print(type(sys.maxsize).__name__)
print(sys.maxsize + 1 > sys.maxsize)
print(-sys.maxsize - 1 < 0)
big = sys.maxsize * 4
print(big // 4 == sys.maxsize)
print(sys.maxsize.bit_length() in (31, 63))
