scores = {"ann": 88, "bob": 95, "cy": 72, "dee": 95, "eve": 60}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (name, score) in enumerate(ranking, start=1):
    print(f"{rank}. {name:4} {score}")
print(list(reversed(ranking))[0], list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
history = ["open", "edit", "save", "edit", "close"]
last_edit = next(i for i, a in reversed(list(enumerate(history))) if a == "edit")
print("last edit at", last_edit)
for i, a in enumerate(history):
    if a == "edit":
        print("edit at", i)
print(sorted(history), sorted(set(history)), sorted(history, key=history.index))
lines = ["b", "a", "c"]
numbered = [f"{i:03d}|{s}" for i, s in enumerate(sorted(lines))]
print(numbered)
r = reversed([10, 20, 30])
print(next(r), list(r), list(r))


class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


d = Deck()
print(list(reversed(d)), sorted(d)[:3], list(enumerate(d))[-1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(reversed(row)) for row in reversed(matrix)])
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1], reverse=True))
print(list(enumerate(reversed("xyz"), 10)))
