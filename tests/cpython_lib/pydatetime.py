import _pydatetime as dt
print(dt.__file__.endswith('python3.12/_pydatetime.py'))
d = dt.date(2024, 2, 28) + dt.timedelta(days=2)
print(d, d.isoformat(), d.weekday(), d.strftime('%Y/%m/%d'))
t = dt.datetime(2024, 1, 31, 12, 30, 15, 500) - dt.datetime(2023, 12, 25)
print(t, t.total_seconds(), repr(dt.timedelta(hours=-1)))
print(dt.datetime(2020, 5, 17, 8, 9, tzinfo=dt.timezone.utc).isoformat())
print(dt.date.fromisoformat('2021-03-04'), dt.time(4, 5, 6).isoformat())
