def broken(:
    return 1
print("never")
