def parse_record(line):
    fields = line.split(",")
    return {"id": int(fields[0]), "qty": int(fields[1], 0), "code": int(fields[2], 16)}


lines = ["1,10,ff", "2,0x1f,0A", "3,0b11,7f", " 4 , -5 ,1"]
for ln in lines:
    print(parse_record(ln))
for s, base in [("z", 36), ("10", 2), ("777", 8), ("  12_000 ", 10), ("-0", 10), ("+7", 10)]:
    print(repr(s), base, int(s, base))
bad_inputs = ["", "1.5", "0x10", "1__0", "abc", " "]
for s in bad_inputs:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(int(7.9), int(-7.9), int("0010"), int(b"42"), int(True))
total = 0
for token in "4 8 15 16 23 42 oops".split():
    total += int(token)
    print("running total", total)
