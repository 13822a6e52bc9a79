# decimal: money calculations with explicit rounding
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, InvalidOperation, DivisionByZero
CENT = Decimal('0.01')
prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.105'), Decimal('100')]
subtotal = sum(prices)
print(subtotal, subtotal.quantize(CENT))
tax = (subtotal * Decimal('0.0825')).quantize(CENT, rounding=ROUND_HALF_UP)
print(tax, (subtotal + tax).quantize(CENT))
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(mode, [str(Decimal(v).quantize(CENT, rounding=mode)) for v in ('1.005', '1.015', '-1.005', '2.675')])
def split_bill(total, n):
    share = (total / n).quantize(CENT, rounding=ROUND_DOWN)
    shares = [share] * n
    remainder = total - share * n
    i = 0
    while remainder > 0:
        shares[i] += CENT
        remainder -= CENT
        i += 1
    return shares
s = split_bill(Decimal('100.00'), 3)
print(s, sum(s))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal('123456789') * 1)
print(Decimal(1) / Decimal(3))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * Decimal('2'), Decimal('10') / Decimal('4'), Decimal('7') // Decimal('2'), Decimal('-7') % Decimal('3'))
print(Decimal('1.2300').normalize(), Decimal('0.000').is_zero(), Decimal('-1.5').copy_abs(), Decimal('2.50').as_tuple())
print(Decimal('1e-3'), Decimal('123.45').scaleb(2), Decimal('3.14159').to_integral_value(), f"{Decimal('1234.5'):,.2f}")
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__, isinstance(e, ZeroDivisionError))
print(Decimal('NaN').is_nan(), Decimal('Infinity') > 10**100, Decimal(0.1) == Decimal('0.1'), Decimal('0.1') == 0.1)
print(sorted([Decimal('2.5'), Decimal('-1'), Decimal('2.50')]), Decimal('2.5') == Decimal('2.50'), hash(Decimal('2.5')) == hash(2.5))
