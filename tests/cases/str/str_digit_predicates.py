for s in ["123","٣","²","½","Ⅻ","a1",""]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
