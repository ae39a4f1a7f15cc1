import math
print(math.acos(1))
math.acos(2)
