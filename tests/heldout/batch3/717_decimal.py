from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1) == Decimal("0.1"))
print(Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal("1") / Decimal("7"))
price = Decimal("19.995")
print(price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), price.quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(Decimal("2.675").quantize(Decimal("0.01")), round(Decimal("2.5")), round(Decimal("3.5")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3))
print(getcontext().prec)
print(Decimal("2").sqrt(), Decimal("1e3"), Decimal("-0.00"), Decimal("3.140").normalize())
print(Decimal("1.5").as_tuple(), Decimal(7).is_signed(), Decimal("NaN").is_nan())
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
total = sum(Decimal("0.10") for _ in range(10))
print(total, total == Decimal("1"))
