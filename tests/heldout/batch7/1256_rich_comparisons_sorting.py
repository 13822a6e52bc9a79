class Version:
    def __init__(self, text):
        self.text = text
        parts = text.split("-")
        self.nums = tuple(int(p) for p in parts[0].split("."))
        self.pre = parts[1] if len(parts) > 1 else None

    def _key(self):
        return (self.nums, self.pre is None, self.pre or "")

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"V{self.text}"


vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2.0-rc1", "1.2.0-beta", "0.9", "1.2", "2.0.0"]]
print(sorted(vs))
print(sorted(vs, reverse=True)[:3])
print(max(vs), min(vs))
print(Version("1.2.0") > Version("1.2.0-rc1"))
print(Version("1.2.0") >= Version("1.2.0"))
print(Version("1.0") == Version("1.0"), Version("1.0") == "1.0")
print(Version("1.0") != Version("1.0.0"))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Loose.__eq__ called")
        return NotImplemented


print(Loose(1) == Loose(1))
print(Loose(1) != 5)
