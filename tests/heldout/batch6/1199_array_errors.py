from array import array

for tc, val in [("b", 128), ("B", -1), ("B", 256), ("h", 40000), ("H", -5), ("i", "x"), ("d", "1.0"), ("i", 1.5)]:
    try:
        array(tc, [val])
        print(tc, val, "accepted")
    except OverflowError as e:
        print(tc, val, "OverflowError")
    except TypeError as e:
        print(tc, val, "TypeError")
try:
    array("z")
except ValueError as e:
    print("ValueError for bad typecode")
try:
    array("i", [1, 2]) + array("d", [1.0])
except TypeError as e:
    print("TypeError when adding different typecodes")
a = array("i", [1, 2, 3])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    array("i").pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a[0] = "s"
except TypeError as e:
    print("TypeError")
try:
    a[0:1] = [9]
except TypeError as e:
    print("TypeError:", e)
try:
    a.extend(array("d", [1.0]))
except TypeError as e:
    print("TypeError:", e)
try:
    a.fromlist([1, "two"])
except TypeError:
    print("TypeError on fromlist, length now", len(a))
try:
    array("u", [1])
except TypeError as e:
    print("TypeError")
try:
    array("i", [1]).tounicode()
except ValueError as e:
    print("ValueError:", e)
try:
    hash(array("i"))
except TypeError as e:
    print("TypeError:", e)
print(a)
