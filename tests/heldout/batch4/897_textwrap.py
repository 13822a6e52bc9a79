# textwrap
import textwrap
text = ('The quick brown fox jumps over the lazy dog. ' * 3).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, width=40), '|', textwrap.shorten('short', width=40))
print(textwrap.shorten(text, width=30, placeholder=' [more]'))
code = '''
    def f():
        return 1
    '''
print(repr(textwrap.dedent(code)))
print(textwrap.indent('a\nb\n\nc', '> '))
print(repr(textwrap.indent('a\n\nb', '+ ', lambda line: True)))
w = textwrap.TextWrapper(width=12, break_long_words=True)
print(w.wrap('supercalifragilisticexpialidocious word'))
w2 = textwrap.TextWrapper(width=12, break_long_words=False)
print(w2.wrap('supercalifragilisticexpialidocious word'))
print(textwrap.wrap('a-very-long-hyphenated-word here', width=10))
print(textwrap.wrap('   leading spaces   kept?  ', width=50), textwrap.wrap('', 10))
print(textwrap.fill('one two three four five six', width=10, max_lines=2))
print(textwrap.wrap('tab\there', width=20, expand_tabs=True, tabsize=4))
