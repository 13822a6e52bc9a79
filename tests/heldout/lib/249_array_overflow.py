import array
for tc, val in [("b", 128), ("B", -1), ("B", 256), ("h", 40000), ("H", -5)]:
    try:
        array.array(tc, [val])
        print(tc, val, "ok")
    except OverflowError as e:
        print(tc, val, type(e).__name__, e)
try:
    array.array("z")
except ValueError as e:
    print(type(e).__name__, e)
