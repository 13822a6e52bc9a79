import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), round(st.stdev(data), 10))
print(st.median([1, 3, 5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.pvariance(data), round(st.variance(data), 10), st.multimode("aabbc"))
print(st.fmean([1, 2, 3, 4]), round(st.geometric_mean([1, 4, 16]), 10), st.harmonic_mean([1, 2, 4]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
