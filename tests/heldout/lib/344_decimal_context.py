from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, DivisionByZero
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN]:
    print(mode, Decimal("2.345").quantize(Decimal("0.01"), rounding=mode), Decimal("-2.5").quantize(Decimal("1"), rounding=mode))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("1.2345"), 2))
