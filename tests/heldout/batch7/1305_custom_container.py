class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name}[slice]", self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, value):
        self._songs[index] = value

    def __delitem__(self, index):
        del self._songs[index]

    def __contains__(self, title):
        return any(s.lower() == title.lower() for s in self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __reversed__(self):
        return reversed(self._songs)

    def __add__(self, other):
        return Playlist(f"{self.name}+{other.name}", self._songs + other._songs)

    def __iadd__(self, songs):
        self._songs.extend(songs)
        return self

    def __bool__(self):
        return bool(self._songs)

    def __eq__(self, other):
        return isinstance(other, Playlist) and self._songs == other._songs

    def __repr__(self):
        return f"Playlist({self.name!r}, {self._songs})"


p = Playlist("road trip", ["Highway", "Drive", "Roads", "Home"])
print(len(p), p[0], p[-1], p[1:3], "drive" in p, "Nope" in p)
print(list(p), list(reversed(p)), [s.upper() for s in p if len(s) > 4])
p[0] = "Highway Star"
del p[2]
print(p)
p += ["Coda"]
print(p, len(p))
q = Playlist("chill", ["Rain"])
print(p + q, bool(Playlist("empty")), bool(q))
print(p[::2] == Playlist("x", ["Highway Star", "Home"]), p == q)
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
for i, s in enumerate(p, 1):
    print(i, s)
print(sorted(p), max(p, key=len), "".join(s[0] for s in p))
a, *rest = p
print(a, rest)
