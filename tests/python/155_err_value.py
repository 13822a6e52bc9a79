# Uncaught ValueError from int() after several caught ValueErrors.
for text in ["12", " 7 ", "1.5", "abc", "", "0x10"]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    [].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = "xyz"
except ValueError as e:
    print("ValueError:", e)
def parse_age(s):
    age = int(s)
    if age < 0:
        raise ValueError(f"negative age: {age}")
    return age
print(parse_age("42"))
parse_age("-3")
