class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")

    def describe(self):
        return ["Base"]


class Timestamped(Base):
    def __init__(self, stamp=0, **kw):
        super().__init__(**kw)
        self.stamp = stamp
        self.log.append("Timestamped")

    def describe(self):
        return ["Timestamped"] + super().describe()


class Tagged(Base):
    def __init__(self, tags=(), **kw):
        super().__init__(**kw)
        self.tags = list(tags)
        self.log.append("Tagged")

    def describe(self):
        return ["Tagged"] + super().describe()


class Document(Timestamped, Tagged):
    def __init__(self, title, **kw):
        super().__init__(**kw)
        self.title = title
        self.log.append("Document")

    def describe(self):
        return ["Document"] + super().describe()


d = Document("notes", stamp=42, tags=["a", "b"])
print([c.__name__ for c in Document.__mro__])
print(d.log)
print(d.describe())
print(d.title, d.stamp, d.tags)

try:
    Document("x", colour="red")
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who())
print(super(B, D()).who())
print(super(C, D()).who())

try:
    class Bad(A, B):
        pass
except TypeError:
    print("inconsistent MRO rejected")
