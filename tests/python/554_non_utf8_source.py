# A source file that is not UTF-8 (a Latin-1 byte on line 3) and has no coding declaration
print("never runs")
s = "café"
