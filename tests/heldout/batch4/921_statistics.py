# statistics module
import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.pvariance(data))
print(round(st.stdev(data), 10), round(st.variance(data), 10), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.multimode('aabbbccc'), st.mode(['x', 'y', 'y']), st.fmean([1, 2, 3, 4]), st.harmonic_mean([40, 60]))
print(round(st.geometric_mean([1, 10, 100]), 10), st.median_grouped([1, 2, 2, 3, 4]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([1.5, 2.5]), type(st.mean([1, 2])).__name__)
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 10), round(st.covariance(x, y), 10))
lr = st.linear_regression(x, y)
print(round(lr.slope, 10), round(lr.intercept, 10))
nd = st.NormalDist(100, 15)
print(nd.mean, nd.stdev, round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), round(nd.pdf(100), 8))
print(round(st.NormalDist.from_samples([1, 2, 3]).stdev, 6))
