# format(): '0' with explicit alignment, float 'n', inf/nan with %, E, F, G; single '{'
for spec in ["<05", ">05", "^07", "x<5", "<08.2f"]:
    print(spec, repr(format(65, spec)), repr(format(6.5, spec)))
for v in [3.5, 123456.789, 1e-10, float("inf"), float("-inf"), float("nan")]:
    print(format(v, "n"), format(v, "%"), format(v, "E"), format(v, "F"), format(v, "G"), format(v, ".2%"))
for bad in ["{", "x{", "{0", "{:"]:
    try:
        bad.format(1)
    except ValueError as e:
        print(repr(bad), e)
