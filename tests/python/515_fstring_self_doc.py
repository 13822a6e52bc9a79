# f-string self-documenting expressions: f"{x=}" uses repr by default,
# keeps the spacing around '=', and takes conversions and format specs.
x = 5
name = "bob"
items = [1, "two"]
print(f"{x=}", f"{x = }", f"{name=}", f"{name=!s}", f"{x*2=:05d}", f"{name=:>6}", f"{x=!r:>4}")
print(f"{items=}", f"{items[1]=}", f"{len(items)=}", f"{3.14159=:.2f}", f"{None=}", f"{x==5=}")


class P:
    def __repr__(self):
        return "P()"

    def __str__(self):
        return "a P"


p = P()
print(f"{p=}", f"{p=!s}", f"{p!r}", f"{p}", f"{p=:}")
