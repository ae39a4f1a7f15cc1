import subprocess, os
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
print(subprocess.check_output("echo text", shell=True, text=True))
print(subprocess.call(["true"]), subprocess.call("exit 5", shell=True), subprocess.check_call(["true"]))
print(subprocess.getoutput("echo hello"), subprocess.getstatusoutput("exit 2"))
print(subprocess.getstatusoutput("echo a; echo b; exit 1"))
print(os.system("exit 3"), os.waitstatus_to_exitcode(os.system("exit 3")))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.CompletedProcess(["x"], 0), subprocess.CompletedProcess("y", 1, "o", "e"))
