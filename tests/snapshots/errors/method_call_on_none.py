def shout(text):
    return text.upper() + "!"


shout(None)
