print([x for x in [(y := 1) for _ in range(2)]], y)
