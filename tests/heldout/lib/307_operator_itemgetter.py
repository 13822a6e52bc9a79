from operator import itemgetter
rows = [("bob", 25, "nyc"), ("amy", 31, "sf"), ("cal", 25, "la")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows))
print(itemgetter(0, 2)("abcd"))
print(itemgetter("k")({"k": 1}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(list(map(itemgetter(2), rows)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
