# Inside a function exec() and eval() default to the frame's locals() dict, so values
# exec stores can be read back through locals() or eval(), never as plain names.
def f():
    exec("hidden = 7")
    print(locals()["hidden"], eval("hidden"))
    try:
        hidden
    except NameError as e:
        print(e)
f()
