# uncaught exception raised with "from" another exception
class ParseError(Exception):
    pass
def parse_record(line):
    name, age = line.split(",")
    try:
        return name.strip(), int(age)
    except ValueError as exc:
        raise ParseError(f"bad age in record {line!r}") from exc
records = ["ann, 31", "bo, 27", "cy, old", "di, 40"]
try:
    parse_record("no-comma-here")
except ValueError as e:
    print("split problem:", type(e).__name__, e)
ages = []
for r in records:
    rec = parse_record(r)
    ages.append(rec[1])
    print(rec, "running total", sum(ages))
print("never printed")
