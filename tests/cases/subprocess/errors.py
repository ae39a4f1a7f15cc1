import subprocess
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output)
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["nonexistent_cmd_xyz"])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(["ls"], cwd="/nonexistent_dir")
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(["cat"], input=b"", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(["true"], stdout=None)
except ValueError as e:
    print(e)
e = subprocess.TimeoutExpired(["sleep", "5"], 0.5)
print(e, e.timeout, e.output)
r = subprocess.run(["sh", "-c", "exit 7"])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
