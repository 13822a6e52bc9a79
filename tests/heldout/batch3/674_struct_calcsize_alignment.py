import struct
for fmt in ["<b", "<h", "<i", "<q", "<f", "<d", "<?", "<e", "<5s", "<3x", "<ihb", ">qq"]:
    print(fmt, struct.calcsize(fmt))
print(struct.calcsize("<bi"), struct.calcsize("=bi"), struct.calcsize("!bi"))
print(struct.pack("<bxh", 1, 2))
print(struct.calcsize("<3h2b"), struct.pack("<3h", 1, 2, 3))
print(struct.calcsize(">HxxI"), struct.pack(">HxxI", 1, 2).hex())
print(struct.calcsize("<0s"), struct.pack("<0s", b"ignored"), struct.calcsize("<10x2H"))
