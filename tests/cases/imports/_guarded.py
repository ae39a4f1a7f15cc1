# helper module with a __main__ guard that should not run on import
def main():
    return "guarded main ran"

def helper(x):
    return x * 3

if __name__ == "__main__":
    print("this should not print when imported")
