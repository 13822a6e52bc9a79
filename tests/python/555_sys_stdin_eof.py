# sys.stdin with empty standard input: read, readline, readlines and iteration at end of input
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print([line for line in sys.stdin], sys.stdin.name, sys.stdin.encoding, sys.stdin is sys.__stdin__)
