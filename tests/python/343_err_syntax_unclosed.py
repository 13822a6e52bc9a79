# An unclosed bracket is reported where the file ends.
values = [1, 2,
          3, 4
print(values)
