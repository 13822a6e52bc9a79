def handle(command, state):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            state["pos"].append(direction)
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", item] if item not in state["bag"]:
            state["bag"].append(item)
            return f"took {item}"
        case ["take", item]:
            return f"already have {item}"
        case ["drop", *items] if items:
            dropped = [i for i in items if i in state["bag"]]
            for i in dropped:
                state["bag"].remove(i)
            return f"dropped {dropped}"
        case ["look"] | ["l"]:
            return f"at {'/'.join(state['pos']) or 'start'} carrying {state['bag']}"
        case ["say", *words]:
            return " ".join(words).upper()
        case []:
            return "empty command"
        case _:
            return f"unknown: {command!r}"


state = {"pos": [], "bag": []}
cmds = ["go north", "go up", "take lamp", "take key", "take lamp", "look", "drop lamp rope",
        "drop", "say hello there", "", "l", "dance wildly", "go west"]
for c in cmds:
    print(f"{c!r:20} -> {handle(c, state)}")


def classify(value):
    match value:
        case None:
            return "none"
        case True | False:
            return f"bool {value}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return f"number {value}"
        case str() as s if len(s) == 0:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, *rest]:
            return f"seq starting {x},{y} +{len(rest)}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"record of type {t}"
        case _:
            return f"other {type(value).__name__}"


for v in [None, True, 0, -5, 3.5, "", "abc", (1, 2), [1, 2, 3, 4], {"type": "user", "name": "ann", "id": 1},
          {"type": "log"}, {"type": "user", "name": 5}, {1, 2}, 0.0, "ab"[:0]]:
    print(repr(v), "->", classify(v))
