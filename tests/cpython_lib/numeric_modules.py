import random, statistics, fractions, decimal, calendar
print(random.__file__.endswith('python3.12/random.py'), decimal.__file__.endswith('python3.12/decimal.py'))
r = random.Random(12345)
print(r.random(), r.randint(1, 100), r.choice('abcdef'), r.sample(range(50), 5))
print(r.uniform(1, 2), r.gauss(0, 1), r.randrange(0, 100, 7), r.getrandbits(40))
xs = list(range(10)); r.shuffle(xs); print(xs, r.choices('abc', weights=[5, 1, 1], k=6))
print(r.expovariate(2.0), r.betavariate(2, 3), r.triangular(0, 10, 3))
random.seed(7); print(random.random(), random.randbytes(4).hex())
data = [2.5, 3.25, 5.5, 11.25, 3.25, 7.0]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), round(statistics.stdev(data), 6))
print(statistics.fmean([1, 2, 4]), statistics.quantiles(range(1, 11), n=4), statistics.median_low([1, 3, 5, 7]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F('0.125'), F(1.5), F(7, 3).limit_denominator(2), round(F(7, 2)), F(2, 3) ** 2)
print(F(1, 3) < 0.34, float(F(22, 7)), F(10, 4).as_integer_ratio(), format(F(1, 3), '.5f'))
D = decimal.Decimal
print(D('1.1') + D('2.2'), D(1) / D(7), D('3.14159').quantize(D('0.01')), D('-0').is_signed())
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(D(2).sqrt(), D(1) / D(3), ctx.prec)
print(D('12.5').to_integral_value(rounding=decimal.ROUND_HALF_EVEN), D('1e3') + 1, D('NaN').is_nan(), D(10) ** -2)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2026, 11, 24), calendar.leapdays(2000, 2030))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 1, w=3))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], calendar.day_name[0], calendar.month_abbr[12])
