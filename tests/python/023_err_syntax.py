# A syntax error: nothing runs, CPython reports the offending token.
print("this line never runs")
x = 1
if x == 1 print(x)
