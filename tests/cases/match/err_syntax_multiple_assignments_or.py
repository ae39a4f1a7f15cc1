# An or-pattern binding a name already bound outside it
match [1, [2]]:
    case [x, ([x] | (x,))]:
        pass
