from array import array
for tc, vals in [("b", [-1, 2]), ("B", [255, 0]), ("h", [-300]), ("H", [65535]),
                 ("i", [-5]), ("I", [7]), ("q", [-(2 ** 40)]), ("Q", [2 ** 40]),
                 ("f", [1.5]), ("d", [2.25])]:
    a = array(tc, vals)
    print(tc, a.itemsize, a.tolist(), a)
for tc, v in [("B", 256), ("b", 128), ("H", -1)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    array("z")
except ValueError as e:
    print(type(e).__name__, "bad typecode" in str(e))
try:
    array("i", [1.5])
except TypeError as e:
    print(type(e).__name__, e)
