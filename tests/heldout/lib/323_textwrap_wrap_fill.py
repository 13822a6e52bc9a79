import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=25))
print(textwrap.fill("short", width=40))
print(textwrap.wrap("", width=10))
print(textwrap.wrap("supercalifragilistic", width=6))
print(textwrap.wrap("supercalifragilistic word", width=6, break_long_words=False))
