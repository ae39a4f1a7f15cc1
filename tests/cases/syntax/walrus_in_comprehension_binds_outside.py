print([(y := i) for i in range(3)], y)
