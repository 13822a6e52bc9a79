"""string for Pyrite: string constants, capwords, Template.

Written for Pyrite (not CPython's source).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class _AnyName:
    def __contains__(self, name):
        return True

    def __getitem__(self, name):
        return ''


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            if i + 1 < n and s[i + 1] == '{':
                j = i + 2
                if j < n and _is_ident_start(s[j]):
                    k = j + 1
                    while k < n and _is_ident_char(s[k]):
                        k += 1
                    if k < n and s[k] == '}':
                        name = s[j:k]
                        if name in mapping:
                            out.append(str(mapping[name]))
                        elif safe:
                            out.append(s[i:k + 1])
                        else:
                            raise KeyError(name)
                        i = k + 1
                        continue
            elif i + 1 < n and _is_ident_start(s[i + 1]):
                k = i + 2
                while k < n and _is_ident_char(s[k]):
                    k += 1
                name = s[i + 1:k]
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(s[i:k])
                else:
                    raise KeyError(name)
                i = k
                continue
            if safe:
                out.append('$')
                i += 1
                continue
            line = s[:i].count('\n') + 1
            col = i - (s.rfind('\n', 0, i) + 1) + 1
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        s = self.template
        i = 0
        n = len(s)
        while i < n:
            if s[i] == '$' and i + 1 < n:
                if s[i + 1] == '$':
                    i += 2
                    continue
                j = i + 1
                brace = s[j] == '{'
                if brace:
                    j += 1
                if j < n and _is_ident_start(s[j]):
                    k = j + 1
                    while k < n and _is_ident_char(s[k]):
                        k += 1
                    if not brace or (k < n and s[k] == '}'):
                        if s[j:k] not in ids:
                            ids.append(s[j:k])
                    i = k
                    continue
            i += 1
        return ids

    def is_valid(self):
        try:
            self._scan(_AnyName(), False)
        except ValueError:
            return False
        return True


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
