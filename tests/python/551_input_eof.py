# input() with empty standard input: the prompt is written, then EOFError
import sys
try:
    input("name? ")
except EOFError as e:
    print()
    print("EOFError:", e)
try:
    input()
except EOFError as e:
    print("again:", e)
input("last prompt> ")
