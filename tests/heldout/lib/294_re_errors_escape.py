import re
for bad in ["(", "[a-", "a{2,1}", "*a"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error", repr(bad), e.msg)
print(re.escape("a.b*c?"))
print(re.escape("hello_world 1"))
print(re.findall(re.escape("1+1"), "1+1=2, 1+1"))
try:
    re.match(r"(a)", "a").group(5)
except IndexError as e:
    print(type(e).__name__, e)
