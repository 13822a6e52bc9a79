import struct
for fmt in ["<b", "<h", "<i", "<q", "<f", "<d", "<?", "<5s", "<3x", "<bhiq", ">e", "=l"]:
    print(fmt, struct.calcsize(fmt))
print(struct.calcsize("@bi") >= 5)
print(struct.calcsize("<2i3h"))
print(struct.calcsize("<") , struct.calcsize(">0s"))
print(struct.calcsize("<10c") == struct.calcsize("<10s"))
print(struct.calcsize("!QH"))
