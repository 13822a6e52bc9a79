# reversed() on sequences and objects with __reversed__ / __len__+__getitem__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(10, 0, -3))))
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __reversed__(self):
        print("custom reversed")
        return iter(self.cards[::-1])
print(list(reversed(Deck())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
for bad in [5, {1, 2}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
