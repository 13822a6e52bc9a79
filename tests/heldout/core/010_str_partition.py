print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
k, _, v = "name: Alice".partition(": ")
print(k, v)
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
