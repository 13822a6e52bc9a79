import array
print(sorted(array.typecodes))
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3])
    print(tc, a.typecode, a.itemsize >= 1, len(a))
print(array.array("b").itemsize, array.array("h").itemsize, array.array("d").itemsize)
print(array.array("q").itemsize, array.array("f").itemsize)
print(array.array("b").typecode, repr(array.array("i")))
print(repr(array.array("d", [1, 2])))
