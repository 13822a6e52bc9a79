from array import array

attempts = [
    ("bad typecode", lambda: array("z")),
    ("overflow B", lambda: array("B", [256])),
    ("negative unsigned", lambda: array("I", [-1])),
    ("overflow b", lambda: array("b", [128])),
    ("float into int", lambda: array("i", [1.5])),
    ("str into int", lambda: array("i", ["1"])),
    ("append wrong type", lambda: array("d").append("x")),
    ("extend mismatched typecode", lambda: array("i").extend(array("d", [1.0]))),
    ("concat mismatched", lambda: array("i") + array("h")),
    ("index out of range", lambda: array("i", [1])[5]),
    ("pop empty", lambda: array("i").pop()),
    ("remove missing", lambda: array("i", [1]).remove(2)),
    ("index missing", lambda: array("i", [1]).index(9)),
    ("frombytes odd", lambda: array("h").frombytes(b"\x00")),
]
for label, fn in attempts:
    try:
        r = fn()
        print(f"{label:28} ok {r!r}")
    except (ValueError, OverflowError, TypeError, IndexError) as e:
        print(f"{label:28} {type(e).__name__}")
try:
    array("B", [300])
except OverflowError:
    print("OverflowError for 300 in 'B'")
try:
    array("q", [1]).pop(3)
except IndexError as e:
    print("IndexError:", e)
a = array("i", [1, 2, 3])
try:
    a[0] = 2 ** 40
except OverflowError:
    print("item assignment overflow; array unchanged:", a)
print(array("d", [1, 2]), array("f", [True]), array("l", [False, True]))
