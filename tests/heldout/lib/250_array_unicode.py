import array
u = array.array("u", "hello")
print(u)
print(u.tounicode())
u.fromunicode(" world")
print(u.tounicode())
print(len(u), u[0])
print(array.array("w" if "w" in array.typecodes else "u", "ab").tolist())
