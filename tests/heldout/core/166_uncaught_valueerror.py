def parse(s):
    return int(s)
print("before")
print(parse("12"))
print(parse("twelve"))
print("never printed")
