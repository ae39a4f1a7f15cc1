import time
for s, f in [('31 2 2023', '%d %m %Y'), ('x', '%Y'), ('2024x', '%Y'), ('1', '%Q'), ('1', '%'), ('2024', '%Y  '),
             ('13', '%m'), ('24', '%H'), ('2024 10', '%G %V'), ('10 1', '%V %u'), ('', '%Y')]:
    try:
        print(time.strptime(s, f))
    except ValueError as e:
        print(repr(s), repr(f), e)
for a in [(1, '%Y'), ('2024', 5)]:
    try:
        time.strptime(*a)
    except TypeError as e:
        print(e)
