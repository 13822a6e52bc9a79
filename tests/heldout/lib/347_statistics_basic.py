import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data))
print(st.pstdev(data), round(st.stdev(data), 6))
print(st.median([1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]))
print(st.multimode("aabbc"))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
