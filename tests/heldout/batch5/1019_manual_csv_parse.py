# manual CSV-ish parsing with quotes
def parse_line(line, sep=","):
    fields, cur, in_quotes, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                cur.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == sep:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if in_quotes:
        raise ValueError("unterminated quote")
    fields.append("".join(cur))
    return fields
text = '''id,name,notes,amount
1,Widget,"small, blue",3.50
2,"Gadget ""Pro""",,12
3,Thing,"multi word note",0.25'''
lines = text.split("\n")
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
print(sum(float(r["amount"]) for r in rows))
print([r["name"] for r in rows if r["notes"]])
print(parse_line("a;b;;c", sep=";"), parse_line(""), parse_line('""'), parse_line(",,"))
try:
    parse_line('x,"open')
except ValueError as e:
    print(type(e).__name__, e)
def to_line(fields):
    out = []
    for f in fields:
        f = str(f)
        if any(c in f for c in ',"\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)
for r in rows:
    s = to_line(r.values())
    print(s, parse_line(s) == list(r.values()))
widths = {h: max(len(h), *(len(r[h]) for r in rows)) for h in header}
print(" | ".join(h.ljust(widths[h]) for h in header))
for r in rows:
    print(" | ".join(r[h].ljust(widths[h]) for h in header))
