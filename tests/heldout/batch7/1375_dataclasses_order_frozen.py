from dataclasses import dataclass, field, replace, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, s):
        core, _, label = s.partition("-")
        nums = [int(x) for x in core.split(".")]
        return cls(*nums, label=label)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{self.label}" if self.label else "")


vs = [Version.parse(s) for s in ["1.2.3", "1.10", "0.9.9", "1.2", "2.0.0-beta", "1.2.3-rc"]]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2, 3) == Version(1, 2, 3, "rc"), Version(1) < Version(1, 0, 1), max(vs))
v = Version(1, 4)
try:
    v.minor = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
v2 = replace(v, minor=5, label="dev")
print(v, v2, v is not v2)
print(hash(Version(1, 2)) == hash(Version(1, 2, 0, "x")), len({Version(1), Version(1, 0, 0), Version(2)}))
releases = {Version(1, 0): "first", Version(2, 0): "second"}
print(releases[Version.parse("2.0.0")])
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True, kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


c = Config(host="localhost", debug=True)
print(c, hasattr(c, "__dict__"))
try:
    Config("localhost")
except TypeError as e:
    print("TypeError:", e)
try:
    c.extra = 1
except AttributeError:
    print("AttributeError: slots dataclass rejects new attribute")


@dataclass(eq=False)
class Handle:
    name: str


print(Handle("a") == Handle("a"), Handle("a") != Handle("a"))
