DATA = '''id,name,city,amount
1,"Smith, John",Boston,120.50
2,Jane Doe,"New York",75
3,"O""Brien",Chicago,
4,Li Wei,Seattle,300.25
5,"Multi
line",Denver,10
'''


def parse_csv(text):
    rows, row, field = [], [], []
    in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(ch)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


rows = parse_csv(DATA)
header, body = rows[0], rows[1:]
print(header, len(body))
records = [dict(zip(header, r)) for r in body]
for r in records:
    print(r)
amounts = [float(r["amount"]) for r in records if r["amount"]]
print(amounts, f"{sum(amounts):.2f}", len(amounts))
missing = [r["id"] for r in records if not r["amount"].strip()]
print("missing amount:", missing)
by_city = sorted(records, key=lambda r: r["city"])
print([r["city"] for r in by_city])


def to_csv_field(value):
    s = str(value)
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


out = "\n".join(",".join(to_csv_field(v) for v in r) for r in rows)
print(out == DATA.rstrip("\n"), parse_csv(out + "\n") == rows)
print(repr(to_csv_field('say "hi", ok')))
