# textwrap.wrap and fill: widths, indents, long words, hyphens, whitespace handling
import textwrap

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. "
        "Explicit is better than implicit. Simple is better than complex.")
for w in (20, 35, 70):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word and more", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious x", width=10, break_long_words=False))
print(textwrap.wrap("tabs\tand\nnewlines   spaces", width=12))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("one two three four five six", width=9, max_lines=2))
w = textwrap.TextWrapper(width=15, placeholder="...", max_lines=1)
print(w.fill("hello there general kenobi"))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
