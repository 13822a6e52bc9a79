# decimal: parsing, str/repr, arithmetic under the context, signals, quantize and rounding modes, sqrt/exp/ln, format, localcontext
# gc-stress: 500
# pygc-stress: 20
import decimal
from decimal import *
def tryit(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
D = Decimal
tryit(lambda: [D(x) for x in ['1', '-0', '0.000', '1e-7', '1.5E+10', '-12.34e-2', '  7  ', '1_000.5', 'inf', '-Infinity', 'nan', 'NaN123', '-sNaN', '.5', '5.', '0e5', '123456789e-20', '1E+999999', '0.00000001']])
tryit(lambda: [str(D(x)) for x in ['1e-6', '1e-7', '0.000001', '0.0000001', '100e1', '1.000e3', '12e-8']])
tryit(lambda: [D(x) for x in [0, -5, 10**30, 0.1, -0.0, 1e20, 2.5, float('inf'), float('nan'), 1e-10]])
tryit(lambda: D('1 2'))
tryit(lambda: D('1e'))
tryit(lambda: D('_1'))
tryit(lambda: D([1]))
tryit(lambda: D((1, (1, 2, 3), -2)))
tryit(lambda: D((0, (), 'F')))
tryit(lambda: D(1.5j))
tryit(lambda: (D('1.10') + D('2.20'), D('1.1') - D('1.1'), D('-1.1') + D('1.1'), D('-0') + D('-0'), D('0.00') + D('0'), D('1e10') + D('1e-10')))
tryit(lambda: (D('1.1') * D('2.22'), D('-2') * D('0'), D('1') / D('3'), D('2') / D('3'), D('10') / D('2'), D('100') / D('4'), D('1.0') / D('4'), D('0') / D('3'), D('0.00') / D('1e5'), D('-6') / D('3'), D('1e10') / D('3')))
tryit(lambda: (D(7) // 2, D(-7) // 2, D(7) % -2, D(-7) % 2, divmod(D(7), D('2.5')), D('7.5') % D('2'), D('-0.5') % 1, 7 // D(2), 7 % D(3)))
tryit(lambda: (D(2) ** 10, D('1.1') ** 3, D(2) ** -2, D(-2) ** 3, D(10) ** 30, D('0.5') ** 2, D(3) ** -1, D(2) ** D('0.5'), D(0) ** 0))
tryit(lambda: D(1) / 0)
tryit(lambda: D(0) / 0)
tryit(lambda: D(1) // 0)
tryit(lambda: D(1) % 0)
tryit(lambda: D(0) % 0)
tryit(lambda: divmod(D(1), 0))
tryit(lambda: D(-1).sqrt())
tryit(lambda: D('inf') - D('inf'))
tryit(lambda: D('NaN') < 1)
tryit(lambda: D('NaN') == D('NaN'))
tryit(lambda: D('sNaN') + 1)
tryit(lambda: D('1') + 'a')
tryit(lambda: 1.5 + D(1))
tryit(lambda: D(1) < 1.5)
tryit(lambda: [D(x).sqrt() for x in ['4', '0.04', '100', '1.00', '16.0', '2', '0', '-0', '1e-3', '12345678901234567890', '0.1']])
tryit(lambda: [D('2.675').quantize(D('0.01'), rounding=r) for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]])
tryit(lambda: [D('-2.665').quantize(D('0.01'), rounding=r) for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]])
tryit(lambda: (D('123.456').quantize(D('1e1')), D('123.456').quantize(D('1.00000')), D('0').quantize(D('0.001')), D('-0.0001').quantize(D('0.01'))))
tryit(lambda: D('1e30').quantize(D('0.01')))
tryit(lambda: [D(x).to_integral_value() for x in ['12.5', '13.5', '-12.5', '1e3', '0.0001', '-0.7']])
tryit(lambda: [D(x).normalize() for x in ['120.00', '0.000', '-1e3', '1.23E+5', '100']])
tryit(lambda: [(D(x).as_tuple(), D(x).adjusted()) for x in ['0', '-0.00', 'inf', 'nan', '1E+5']])
tryit(lambda: [D(x).as_integer_ratio() for x in ['0.75', '-2.5', '1e3', '0']])
tryit(lambda: [hash(D(x)) for x in ['1', '0.5', '-1', '1.0', '1e100', '0.1', 'inf']])
tryit(lambda: (hash(D('0.5')) == hash(0.5), hash(D(7)) == hash(7), D('0.1') == 0.1, D('0.5') == 0.5, D(1) == 1.0, D('0.5') < 1, 2 > D('1.9')))
tryit(lambda: (int(D('12.9')), int(D('-0.5')), float(D('1.1')), float(D('-inf')), round(D('2.5')), round(D('-3.5')), round(D('1.2345'), 3), round(D('123'), -1)))
tryit(lambda: int(D('nan')))
tryit(lambda: int(D('inf')))
tryit(lambda: round(D('nan')))
import math
tryit(lambda: (math.floor(D('-2.5')), math.ceil(D('2.1')), math.trunc(D('-2.7')), math.sqrt(D(2)), math.isclose(D(1), 1)))
tryit(lambda: [format(D('1234.5678'), s) for s in ['', '.2f', ',.2f', '10.1f', '<10', '^12.3f', '+.1f', 'e', '.3e', 'E', 'g', '.3g', '.10g', '%', '.1%', '015,.2f', ',', '_.3f', '08.2f']])
tryit(lambda: [format(D(x), '.2f') for x in ['0', '-0', '0.005', '0.015', '-1.999', '1e10', '1E-10', 'inf', 'nan']])
tryit(lambda: [format(D(x)) for x in ['1e10', '1E-10', '0.00001', '123.450']])
tryit(lambda: [format(D(x), 'g') for x in ['1e10', '1E-10', '0.00001', '123.450', '0', '1234567']])
tryit(lambda: [format(D(x), 'e') for x in ['0', '0.00', '123.450', '-1e-10']])
tryit(lambda: [D(x).to_eng_string() for x in ['1e10', '1E-10', '123e4', '0e5', '1e-7']])
tryit(lambda: (D(5).compare(D(3)), D(3).compare(D(5)), D(3).compare(3), D('nan').compare(1), D(1).max(2), D(1).min(2), max(D(1), 2), min([D('1.0'), D('1')])))
tryit(lambda: (D(1).exp(), D(2).ln(), D(100).log10(), D(2).log10(), D('0.5').exp(), D(10).ln(), D('-1').exp()))
tryit(lambda: (D(1).next_plus(), D(1).next_minus(), D('-1').next_plus(), D('0').next_plus()))
tryit(lambda: (D(1).is_normal(), D('1e-999999').is_subnormal(), D('1e-1000000').is_subnormal(), D('-inf').number_class(), D('0').number_class(), D('-1').number_class()))
tryit(lambda: (D(1).copy_sign(D(-2)), D(1).same_quantum(D('1.0')), D(1).fma(2, 3), D('1.23').scaleb(2), D(1234).logb()))
print(getcontext())
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c.flags[Inexact], c.traps[DivisionByZero])
c.clear_flags()
D(1) / 3
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(repr(Context(prec=5, rounding=ROUND_UP)))
print(BasicContext.prec, ExtendedContext.traps[DivisionByZero])
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(D(1) / 0, D(-1) / 0)
    ctx.prec = 3
    print(D(1) / 7, D('1.2345') + 0, +D('1.2345'), -D('1.2345'), abs(D('-9.999')))
    print(D(123456) * 1, D(999) + 1, D('9.995') + 0)
with localcontext(prec=6, rounding=ROUND_DOWN) as ctx:
    print(D(2) / 3, ctx.prec)
print(D(2) / 3)
setcontext(ExtendedContext)
print(D(1) / 0, D(0) / 0, D('abc'), getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
c = getcontext()
c.traps[Inexact] = True
tryit(lambda: D(1) / 3)
c.traps[Inexact] = False
c.Emax = 10
tryit(lambda: D('1e10') * 100)
c.traps[Overflow] = False
tryit(lambda: D('1e10') * 100)
c.Emax = 999999
tryit(lambda: Context(prec=0))
tryit(lambda: setattr(getcontext(), 'rounding', 'X'))
tryit(lambda: c.create_decimal('1.23456789012345678901234567890123'))
tryit(lambda: (c.add(1, 2), c.divide(1, 8), c.sqrt(2), c.power(2, 3)))
tryit(lambda: sorted([D('1.5'), D(1), D('-2'), D('1.50')]))
tryit(lambda: sum([D('0.1')] * 3, D(0)))
tryit(lambda: {D('1.0'): 'a', D(1): 'b'})
tryit(lambda: (bool(D(0)), bool(D('0.00')), bool(D('nan')), bool(D('1e-5'))))
tryit(lambda: (D('-0').is_signed(), D('-0') == 0, D('-0') < 0))
tryit(lambda: D(10**40) + 1)
tryit(lambda: D(0.1) * 3)
tryit(lambda: D('1e999999') * 10)
tryit(lambda: (D(1).real, D(1).imag, D(3).conjugate()))
tryit(lambda: type(D(1)) is Decimal and isinstance(D(1), Decimal))
class MyD(Decimal): pass
tryit(lambda: (MyD('1.5'), type(MyD('1.5') + 1).__name__))
tryit(lambda: (DivisionByZero.__mro__, issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError)))
import json
tryit(lambda: json.loads('{"a": 1.50, "b": [2.0e3]}', parse_float=Decimal))
try:
    D(1) / D(0)
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e, e.args)
try:
    D('x')
except Exception as e:
    print('caught', type(e).__name__, e, e.args, type(e.args[0][0]))
for s in ['', '.2f', ',.2f', '10.1f', '<10', '^12.3f', '+.1f', 'e', '.3e', 'E', 'g', '.3g', '.10g', '%', '.1%', '015,.2f', ',', '_.3f', '08.2f', '.0f', '.0e', '#.0f', '.2', '.3', ' .2f', '*>12,.1f', '=+12.2f', '.1g', '.12f']:
    try: print(repr(s), format(D('1234.5678'), s), format(D('-0.000012345'), s), format(D('1E+5'), s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for x in ['_1', '1__0', '1_', '1_.5', '1._5', '1e1_0', ' 1 ', '\t1\n', '1 _0', 'nan_1', 'in_f']:
    try: print(repr(x), repr(D(x)))
    except Exception as e: print(repr(x), type(e).__name__, e)
import math
for f in [math.floor, math.ceil, round]:
  for x in ['nan', 'inf', '-inf', 'snan']:
    try: print(f(D(x)))
    except Exception as e: print(type(e).__name__, e)
getcontext().prec = 50
print(D(2).sqrt(), D(3).ln(), D('0.1').exp(), D(7).log10())
getcontext().prec = 28
tryit(lambda: [D(2) ** n for n in (0, 1, 64, -3)])
tryit(lambda: D('1.000') * D('1.00'))
tryit(lambda: [D(x) + D(y) for x, y in [('1e-30', '1'), ('1e30', '1'), ('9.999999999999999999999999999', '0.0000000000000000000000000005')]])
# huge exponent differences stay cheap
tryit(lambda: D('1E-1000000').quantize(D('1')))
tryit(lambda: D('-1E-900000').quantize(D('1'), rounding=ROUND_FLOOR))
tryit(lambda: D(1).quantize(D('1E-900000')))
tryit(lambda: D('1E+900000') % 7)
tryit(lambda: D('1E+900000') // 7)
tryit(lambda: D(7) % D('1E+900000'))
tryit(lambda: D('7.5') % D('1E+900000'))
tryit(lambda: D(7) // D('1E+900000'))
tryit(lambda: D('7E-900000') % 3)
tryit(lambda: D('0E-900000') + 1)
tryit(lambda: D('1E-900000') + 1)
tryit(lambda: D('1E+900000') + 1)
tryit(lambda: D('1E-900000').to_integral_value())
tryit(lambda: round(D('1E-900000'), 2))
tryit(lambda: D(5).remainder_near(3))
tryit(lambda: divmod(D('-7.5'), D(2)))
