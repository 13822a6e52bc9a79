# textwrap.TextWrapper options: expand_tabs, replace_whitespace, drop_whitespace, fix_sentence_endings
import textwrap

w = textwrap.TextWrapper(width=12)
print(w.wrap("Hello world. This is it."))
w.fix_sentence_endings = True
print(w.wrap("Hello world. This is it."))
w2 = textwrap.TextWrapper(width=10, drop_whitespace=False)
print(w2.wrap("aa bb cc dd ee"))
w3 = textwrap.TextWrapper(width=20, expand_tabs=False, replace_whitespace=False)
print(w3.wrap("a\tb"))
w4 = textwrap.TextWrapper(width=20, tabsize=4)
print(w4.wrap("a\tb\tc"))
w5 = textwrap.TextWrapper(width=8, break_on_hyphens=False)
print(w5.wrap("long-hyphen-word x"))
print(textwrap.TextWrapper(width=30, initial_indent="-> ").fill("one two three four five six seven eight"))
