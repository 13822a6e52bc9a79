# `x in list` and `x in tuple` compare item by item, reading the length each time:
# an __eq__ that changes the list changes what is searched, as in CPython
print(3 in [1, 2, 3], 4 in [1, 2, 3], "b" in ("a", "b"), None in [], [1] in [[1], 2])
nan = float("nan")
print(nan in [nan], float("nan") in [nan], 1.0 in [1], True in [1], (1, 2) in [(1, 2)])

log = []


class Shrinker:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        log.append(other)
        if len(self.target) > 1:
            self.target.pop()
        return False


items = [1, 2, 3, 4, 5, 6]
print(Shrinker(items) in items, items, log)

log.clear()


class Grower:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        log.append(other)
        if len(self.target) < 6:
            self.target.append(len(self.target))
        return other == 5


items = [0, 1]
print(Grower(items) in items, items, log)


class Eq:
    def __eq__(self, other):
        return other == "hit"


print(Eq() in ["miss", "hit"], Eq() not in ("miss",), "hit" in [Eq()])
try:
    class Bad:
        def __eq__(self, other):
            raise ValueError("no compare")
    Bad() in [1]
except ValueError as exc:
    print("ValueError:", exc)
