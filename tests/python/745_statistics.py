# statistics: means, medians, modes, variances with ints, floats and Fractions, exact internal arithmetic
import statistics as st
from fractions import Fraction as F
def tryit(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# geometric_mean goes through exp and log, whose last bit differs between C libraries and the
# JVM's Math: compare it to 12 places.
def geometric_mean(data):
    r = st.geometric_mean(data)
    return round(r, 12) if isinstance(r, float) and r == r and abs(r) != float('inf') else r
for data in [[1,2,3,4], [1,2,3], [2,4,4,4,5,5,7,9], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [F(1,2), F(3,4), F(5,4)], [1, 2.5, F(1,3)], [0.1]*7, [1e308, 1e308], [3], [], [1, float('inf')], [1, float('nan')], range(10), iter([5,6,8])]:
    for fn in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode, st.pstdev, st.pvariance, st.stdev, st.variance, st.harmonic_mean, geometric_mean, st.quantiles]:
        if isinstance(data, type(iter([]))):
            data = list(data)
        print(fn.__name__, end=' ')
        tryit(lambda: fn(data))
tryit(lambda: st.variance([1,2,3], 2))
tryit(lambda: st.pvariance([1,2,3], 2.5))
tryit(lambda: st.stdev([1.5,2,3], F(2)))
tryit(lambda: st.mean([True, False, True]))
tryit(lambda: st.mean(['a']))
tryit(lambda: st.quantiles([1,2,3,4,5,6,7,8,9,10], n=10))
tryit(lambda: st.quantiles([1,2,3,4,5,6,7,8,9,10], n=4, method='inclusive'))
tryit(lambda: st.fmean([1,2,3], weights=[3,2,1]))
tryit(lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
tryit(lambda: st.harmonic_mean([1, 0, 2]))
tryit(lambda: st.harmonic_mean([1, -2]))
tryit(lambda: st.median_grouped([52, 52, 53, 54], interval=2))
tryit(lambda: st.covariance([1,2,3,4,5],[1,3,2,5,4]))
tryit(lambda: st.correlation([1,2,3,4,5],[1,3,2,5,4]))
tryit(lambda: st.linear_regression([1,2,3,4,5],[1,3,2,5,4]))
tryit(lambda: st.linear_regression([1,2,3,4,5],[1,3,2,5,4]).slope)
tryit(lambda: st.NormalDist(1, 2))
tryit(lambda: st.NormalDist.from_samples([1,2,3,4]))
tryit(lambda: (st.NormalDist(0,1).cdf(1.0), st.NormalDist(0,1).pdf(0.5)))
tryit(lambda: issubclass(st.StatisticsError, ValueError))
tryit(lambda: st.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
tryit(lambda: st.stdev([1]))
tryit(lambda: st.pvariance([]))
tryit(lambda: st.variance([1,2,3,4]))
tryit(lambda: st.pstdev([F(1,3), F(2,3), 1]))
