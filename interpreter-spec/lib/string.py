"""string for Pyrite: string constants, capwords, Template.

Written for Pyrite (not CPython's source).
"""

import re as _re

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


class Template:
    """A string class for supporting $-substitutions.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern`, `flags`, or give a
    whole `pattern` with the groups escaped, named, braced and invalid."""

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init__(self, template):
        self.template = template

    @classmethod
    def _regex(cls):
        compiled = cls.__dict__.get('_compiled')
        if compiled is None:
            pattern = getattr(cls, 'pattern', None)
            if pattern is None:
                delim = _re.escape(cls.delimiter)
                ident = cls.idpattern
                braced = cls.braceidpattern or ident
                pattern = '%s(?:(?P<escaped>%s)|(?P<named>%s)|\\{(?P<braced>%s)\\}|(?P<invalid>))' % (
                    delim, delim, ident, braced)
                compiled = _re.compile(pattern, cls.flags)
            elif isinstance(pattern, str):
                compiled = _re.compile(pattern, cls.flags | _re.VERBOSE)
            else:
                compiled = pattern
            cls._compiled = compiled
        return compiled

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if not safe:
                    return str(mapping[named])
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self._regex())
        return self._regex().sub(convert, self.template)

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
        for mo in self._regex().finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and mo.group('invalid') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self._regex())
        return ids

    def is_valid(self):
        for mo in self._regex().finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self._regex())
        return True


class Formatter:
    """str.format's machinery, in overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2, [0])
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '' or field[0] in '.[':
                if auto[0] is None:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field = str(auto[0]) + field
                auto[0] += 1
            elif field.split('.')[0].split('[')[0].isdigit():
                if auto[0]:
                    # CPython's string.Formatter words both switches alike.
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto[0] = None
            obj, arg_used = self.get_field(field, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec = self._vformat(spec, args, kwargs, used_args, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each replacement field."""
        result = []
        literal = []
        s = format_string
        i, n = 0, len(s)
        while i < n:
            c = s[i]
            # An escaped brace ends a literal chunk, as in CPython.
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    result.append((''.join(literal), None, None, None))
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            k = 0
            while k < len(field) and field[k] not in '!:':
                if field[k] == '[':
                    k = field.find(']', k)
                    if k < 0:
                        raise ValueError("expected '}' before end of string")
                k += 1
            name, rest, conversion, spec = field[:k], field[k:], None, ''
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("unmatched '{' in format spec")
                conversion, rest = rest[1], rest[2:]
                if rest and rest[0] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            result.append((''.join(literal), name, spec, conversion))
            literal = []
            i = j
        if literal:
            result.append((''.join(literal), None, None, None))
        return result

    def get_field(self, field_name, args, kwargs):
        i = 0
        while i < len(field_name) and field_name[i] not in '.[':
            i += 1
        first, rest = field_name[:i], field_name[i:]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while rest:
            if rest[0] == '.':
                j = 1
                while j < len(rest) and rest[j] not in '.[':
                    j += 1
                obj = getattr(obj, rest[1:j])
            else:
                j = rest.index(']') + 1
                index = rest[1:j - 1]
                obj = obj[int(index) if index.isdigit() else index]
            rest = rest[j:]
        return obj, key

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))
