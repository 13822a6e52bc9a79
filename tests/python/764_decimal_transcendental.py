# decimal: exp, ln, log10, power, divide and sqrt under every rounding mode, correctly rounded.
# gc-stress: 2000
# pygc-stress: 50
# (Heavy for an interpreter under GC stress: collections every 2000 allocations, not 20.)
from decimal import *
D = Decimal
# transcendental functions and powers under every rounding mode (results correctly rounded)
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    ctx = Context(prec=9, rounding=r, traps=[])
    xs = [D('0.5'), D('3.7'), D('1.0000001'), D('-2.25E-3'), D('12345.678')]
    print(r, [str(ctx.exp(x)) for x in xs], [str(ctx.ln(abs(x))) for x in xs])
    print([str(ctx.log10(abs(x))) for x in xs], [str(ctx.power(abs(x), D('1.5'))) for x in xs])
    print([str(ctx.power(x, -3)) for x in xs], [str(ctx.divide(x, 7)) for x in xs], [str(ctx.sqrt(abs(x))) for x in xs])
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
