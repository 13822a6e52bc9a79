# match inside loops and generators: break/continue/yield from case bodies,
# nested or-patterns, a walrus subject, nested match in try, self-typed class patterns.
def gen(items):
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n < 0:
                yield -n
            case [x, y] | (x, y, _):
                yield x + y
            case {"v": v}:
                yield v
            case _:
                yield it
print(list(gen([1, -2, [3, 4], (5, 6, 7), {"v": 8}, "skip", "a", "stop", 99])))
def f(x):
    match x:
        case [1, 2] | [3, 4]:
            return "pair"
        case [[a, b], [c, d]]:
            return a + b + c + d
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case float() | int():
            return "num"
    return "none"
print([f(v) for v in [[1, 2], [3, 4], [[1, 2], [3, 4]], 2, 7, 7.5, "x"]])
while True:
    match input_ := "q":
        case "q":
            print("quit", input_)
            break
for i in range(3):
    match i:
        case 0:
            continue
        case 1:
            print("one")
        case _:
            try:
                match i:
                    case 2:
                        raise ValueError("two")
            except ValueError as e:
                print("caught", e)
class C:
    def m(self, v):
        match v:
            case self.__class__():
                return "same class"
            case _:
                return "other"
print(C().m(C()), C().m(1))
