import array
a = array.array("l")
a.fromlist([10, 20, 30])
print(a)
try:
    a.fromlist([1, "x"])
except TypeError as e:
    print(type(e).__name__)
print(a)
m = memoryview(array.array("B", [1, 2, 3, 4]))
print(m.tolist(), m.format, m.itemsize)
info = a.buffer_info()
print(type(info).__name__, len(info), info[1])
print(bytes(array.array("B", range(5))))
print(list(array.array("f", [0.25, 0.5])))
