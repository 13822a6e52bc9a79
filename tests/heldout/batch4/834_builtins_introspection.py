# isinstance, getattr/setattr/delattr/hasattr, vars, dir, type
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__('square')
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print(isinstance(sq, Shape), isinstance(sq, (int, str)), isinstance(3, (int, str)), isinstance(True, int))
print(type(sq) is Square, type(sq) == Shape, type(sq).__name__, type(type(sq)).__name__)
print(getattr(sq, 'name'), getattr(sq, 'sides'), getattr(sq, 'nope', 'dflt'))
setattr(sq, 'color', 'red')
print(sq.color, hasattr(sq, 'color'))
delattr(sq, 'color')
print(hasattr(sq, 'color'))
try:
    getattr(sq, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(sq), sorted(vars(Square).keys() - {'__doc__'}))
print([n for n in dir(sq) if not n.startswith('__')])
print(getattr(sq, 'area')(), getattr(Square, 'area')(sq), Square.area.__qualname__)
print(sq.__class__.__name__, sq.__dict__ is vars(sq), Square.__module__)
print(type(1), type('a'), type([]), type(None), type(len), type(Square.area).__name__)
print(id(sq) == id(sq), sq is sq, callable(getattr(sq, 'area')))
ns = {}
exec('x = 5\ny = x * 2', ns)
print(ns['x'], ns['y'], eval('x + y', ns), eval('[i*i for i in range(4)]'))
code = compile('a + 1', '<expr>', 'eval')
print(eval(code, {'a': 41}), type(code).__name__)
print(globals()['Shape'].__name__, 'sq' in globals(), sorted(k for k in locals() if k in ('sq', 'ns')))
print(issubclass(bool, int), issubclass(Square, object), isinstance(Square, type), isinstance(int, object))
print(hash('x') == hash('x'), len(dir(object)) > 10, hasattr(len, '__call__'))
print(repr(None), repr(True), repr(...), repr(NotImplemented), bool(None), ascii('caf\u00e9'))
