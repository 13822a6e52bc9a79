print("tab:\tX")
print("newline:\\n literal")
print(r"raw \n stays", len(r"\n"), len("\n"))
print("quote \" and \'")
print('single \'inside\'')
print("""triple
quoted""")
print("bell:\a".encode(), "\x7f".encode(), "\0".encode())
print("\u0041\U00000042\x43\103")
print("line1\
 continued")
print("adjacent" " literals" ' joined')
print(rb"\x00", br"\d")
print(len("\\"), "\\".encode())
s = f"{'a'}\t{'b'}"
print(repr(s))
print(repr(rf"\{1 + 1}"))
