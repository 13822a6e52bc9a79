def classify(v):
    match v:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case (1 | 2) as small:
            return f"never {small}"
        case [int() as a, int() as b] as pair:
            return f"pair {a}+{b}={a + b} {pair}"
        case _:
            return "other"
for v in [-3, 4, 7, [1, 2], [1, "x"], "q"]:
    print(v, classify(v))
x = 5
match x:
    case y if y > 3:
        print("captured", y)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
for c in [Color.RED, Color.GREEN]:
    match c:
        case Color.RED:
            print("red!")
        case Color.GREEN:
            print("green!")
