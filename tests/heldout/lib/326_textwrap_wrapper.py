import textwrap
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ")
for line in w.wrap("This bullet point has quite a few words in it to wrap around."):
    print(repr(line))
w2 = textwrap.TextWrapper(width=15, max_lines=2, placeholder=" [..]")
print(w2.wrap("one two three four five six seven eight nine"))
w3 = textwrap.TextWrapper(width=10, expand_tabs=True, tabsize=4)
print(w3.wrap("a\tb\tc d e"))
print(textwrap.fill("a-b-c-d-e-f-g", width=5))
