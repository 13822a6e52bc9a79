from dataclasses import dataclass, field, FrozenInstanceError
import dataclasses


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "USD"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __str__(self):
        return f"{self.amount / 100:.2f} {self.currency}"


a = Money(1050)
b = Money(250)
print(a + b, str(a + b), a == Money(1050, "USD"), a is not Money(1050))
try:
    a + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
for action in [lambda: setattr(a, "amount", 1), lambda: delattr(a, "currency")]:
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, isinstance(e, AttributeError), e)
prices = {Money(100): "one dollar", Money(100, "EUR"): "one euro"}
print(prices[Money(100)], len(prices))
print(dataclasses.replace(a, amount=1), dataclasses.asdict(a), dataclasses.astuple(b))
try:
    Money()
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1, "USD", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    dataclasses.replace(a, rate=2)
except TypeError as e:
    print("TypeError:", e)
try:
    dataclasses.asdict(5)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadOrder:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)


n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1, len({n1, n2}), n1)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False, default="ignored")


print(Key(1, "x") == Key(1, "y"), hash(Key(1, "x")) == hash(Key(1, "y")), Key(2))
