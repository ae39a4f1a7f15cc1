# helper reporting its own naming attributes
MY_NAME = __name__

def func():
    return __name__

class Thing:
    def method(self):
        return __name__

    class Inner:
        pass
