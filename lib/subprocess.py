"""Subprocesses with accessible I/O streams (POSIX).

Taipan's implementation: one native step, posix._fork_exec, starts the child; pipes are
plain descriptors wrapped by open(); communicate() multiplexes the pipes with
non-blocking reads and writes.
"""

import os
import sys
import time
import posix

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = 512


class SubprocessError(Exception):
    pass


def _signal_repr(signum):
    import signal
    for name in dir(signal):
        if (name.startswith("SIG") and not name.startswith("SIG_")
                and name not in ("SIGIOT", "SIGPOLL", "SIGRTMIN", "SIGRTMAX")
                and getattr(signal, name) == signum):
            return "<Signals.%s: %d>" % (name, signum)
    return None


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            r = _signal_repr(-self.returncode)
            if r is None:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
            return "Command '%s' died with %s." % (self.cmd, r)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args),
                "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def _join(chunks):
    # bytes.join is not in Taipan's bytes yet.
    out = b""
    for c in chunks:
        out += c
    return out


def _decode(data, encoding, errors):
    try:
        return data.decode(encoding, errors)
    except AttributeError:
        # bytes.decode is not in Taipan's bytes yet: UTF-8 through the file system codec.
        return posix._fsdecode(data)


def _find_nl(buf):
    try:
        return buf.find(b"\n")
    except AttributeError:
        for i in range(len(buf)):
            if buf[i] == 10:
                return i
        return -1


def _translate_newlines(data, encoding, errors):
    data = _decode(data, encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self._communication_started = False
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported by Taipan")
        if pass_fds:
            raise NotImplementedError("subprocess: pass_fds is not supported by Taipan")
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("subprocess: user/group are not supported by Taipan")
        if process_group is not None or umask != -1:
            raise NotImplementedError(
                "subprocess: process_group/umask are not supported by Taipan")
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text "
                                  "and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines

        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            args = [args]
        else:
            args = list(args)
        if shell:
            unix_shell = "/bin/sh"
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        argv = [os.fspath(a) if hasattr(a, "__fspath__") else a for a in args]
        for a in argv:
            if not isinstance(a, (str, bytes)):
                raise TypeError("expected str, bytes or os.PathLike object, not %s"
                                % type(a).__name__)
        executable = os.fspath(executable)

        to_close = []
        p2cread, p2cwrite = self._child_fd(stdin, to_close, True)
        c2pread, c2pwrite = self._child_fd(stdout, to_close, False)
        if stderr == STDOUT:
            errread, errwrite = -1, (c2pwrite if c2pwrite != -1 else 1)
        else:
            errread, errwrite = self._child_fd(stderr, to_close, False)

        if os.path.dirname(executable):
            executables = [executable]
        else:
            path_env = env if env is not None else os.environ
            dirs = os.get_exec_path(path_env)
            executables = [os.path.join(d, executable) for d in dirs]
        env_list = None
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b"=" in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b"=" + os.fsencode(v))
        if cwd is not None:
            cwd = os.fspath(cwd)

        errpipe_read, errpipe_write = os.pipe()
        try:
            try:
                self.pid = posix._fork_exec(executables, argv, env_list, cwd, p2cread,
                                            c2pwrite, errwrite, errpipe_write,
                                            start_new_session)
            finally:
                os.close(errpipe_write)
                for fd in to_close:
                    os.close(fd)
            data = b""
            while True:
                part = os.read(errpipe_read, 64)
                if not part:
                    break
                data += part
        finally:
            os.close(errpipe_read)
        if data:
            for fd in (p2cwrite, c2pread, errread):
                if fd != -1:
                    os.close(fd)
            os.waitpid(self.pid, 0)
            stage, _, num = _decode(data, "ascii", "strict").partition(":")
            errno = int(num)
            if stage == "c":
                name = cwd
            else:
                name = args[0] if not shell else executable
            raise OSError(errno, os.strerror(errno), name)

        if p2cwrite != -1:
            self.stdin = _PipeFile(p2cwrite, "wb")
            if self.text_mode:
                self.stdin = _TextPipe(self.stdin, encoding, errors)
        if c2pread != -1:
            self.stdout = _PipeFile(c2pread, "rb")
            if self.text_mode:
                self.stdout = _TextPipe(self.stdout, encoding, errors)
        if errread != -1:
            self.stderr = _PipeFile(errread, "rb")
            if self.text_mode:
                self.stderr = _TextPipe(self.stderr, encoding, errors)

    @staticmethod
    def _child_fd(spec, to_close, is_input):
        """(parent's end, child's descriptor) for one standard stream."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            if is_input:
                to_close.append(r)
                return r, w
            to_close.append(w)
            return r, w
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDONLY if is_input else os.O_WRONLY)
            to_close.append(fd)
            return (fd, -1) if is_input else (-1, fd)
        if isinstance(spec, int):
            fd = spec
        else:
            fd = spec.fileno()
            try:
                spec.flush()
            except (AttributeError, ValueError, OSError):
                pass
        return (fd, -1) if is_input else (-1, fd)

    def __repr__(self):
        obj_repr = "<%s: returncode: %s args: %r>" % (
            type(self).__name__, self.returncode, self.args)
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                self.wait(timeout=0.25) if self.returncode is None else None
            else:
                self.wait()

    def _handle_status(self, status):
        if os.WIFSIGNALED(status):
            self.returncode = -os.WTERMSIG(status)
        elif os.WIFEXITED(status):
            self.returncode = os.WEXITSTATUS(status)
        elif os.WIFSTOPPED(status):
            self.returncode = -os.WSTOPSIG(status)

    def poll(self):
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 0 if self.returncode is None else self.returncode
                return self.returncode
            if pid == self.pid:
                self._handle_status(status)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = 0
                return 0
            self._handle_status(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(delay, left, 0.05))
            delay *= 2
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        streams = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if (timeout is None and not self._communication_started and len(streams) <= 1):
            # One pipe: no risk of a deadlock, plain blocking I/O.
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        self._communication_started = True
        deadline = None if timeout is None else time.monotonic() + timeout
        if not hasattr(self, "_chunks"):
            self._chunks = {1: [], 2: []}
            self._input = b""
            if self.stdin and input:
                self._input = input.encode(self.encoding or "utf-8", self.errors or "strict") \
                    if self.text_mode else input
            if self.stdin:
                self.stdin.flush()
        readers = {}
        for key, f in ((1, self.stdout), (2, self.stderr)):
            if f is not None and not f.closed:
                fd = f.fileno()
                os.set_blocking(fd, False)
                readers[fd] = key
        wfd = None
        if self.stdin is not None and not self.stdin.closed:
            wfd = self.stdin.fileno()
            os.set_blocking(wfd, False)
            if not self._input:
                self.stdin.close()
                wfd = None
        delay = 0.0002
        while readers or wfd is not None:
            progress = False
            for fd in list(readers):
                while True:
                    try:
                        data = os.read(fd, 32768)
                    except BlockingIOError:
                        break
                    if not data:
                        del readers[fd]
                        break
                    self._chunks[readers[fd]].append(data)
                    progress = True
            if wfd is not None:
                try:
                    n = os.write(wfd, self._input[:_PIPE_BUF * 64])
                    self._input = self._input[n:]
                    progress = True
                except BlockingIOError:
                    pass
                except BrokenPipeError:
                    self._input = b""
                if not self._input:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
                    wfd = None
            if progress:
                delay = 0.0002
                continue
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(delay)
            delay = min(delay * 2, 0.02)
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        out = err = None
        if self.stdout is not None:
            out = _join(self._chunks[1])
            if self.text_mode:
                out = _translate_newlines(out, self.encoding or "utf-8", self.errors or "strict")
        if self.stderr is not None:
            err = _join(self._chunks[2])
            if self.text_mode:
                err = _translate_newlines(err, self.encoding or "utf-8", self.errors or "strict")
        if deadline is not None:
            self.wait(max(0, deadline - time.monotonic()))
        else:
            self.wait()
        return (out, err)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass


class _PipeFile:
    """A binary file over a pipe's descriptor (Taipan's open() takes no descriptor yet)."""

    def __init__(self, fd, mode):
        self._fd = fd
        self.mode = mode
        self._buf = b""
        self._eof = False
        self.closed = False

    def __repr__(self):
        return "<_io.BufferedReader name=%d>" % self._fd if "r" in self.mode \
            else "<_io.BufferedWriter name=%d>" % self._fd

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        return "r" in self.mode

    def writable(self):
        return "w" in self.mode

    def _fill(self):
        data = os.read(self._fd, 65536)
        if not data:
            self._eof = True
        self._buf += data
        return data

    def read(self, n=-1):
        self._check()
        if n is None or n < 0:
            chunks = [self._buf]
            self._buf = b""
            while True:
                data = os.read(self._fd, 65536)
                if not data:
                    break
                chunks.append(data)
            return _join(chunks)
        while len(self._buf) < n and not self._eof:
            if not self._fill():
                break
        out, self._buf = self._buf[:n], self._buf[n:]
        return out

    def read1(self, n=-1):
        self._check()
        if not self._buf and not self._eof:
            self._fill()
        if n is None or n < 0:
            n = len(self._buf)
        out, self._buf = self._buf[:n], self._buf[n:]
        return out

    def peek(self, n=0):
        self._check()
        if not self._buf and not self._eof:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        self._check()
        while _find_nl(self._buf) < 0 and not self._eof:
            self._fill()
        i = _find_nl(self._buf)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end:
            end = size
        out, self._buf = self._buf[:end], self._buf[end:]
        return out

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if not isinstance(data, bytes):
            data = bytes(data)
        view = data
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        return len(data)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            os.close(self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


class _TextPipe:
    """A text view of a binary pipe (decoding with universal newlines)."""

    def __init__(self, raw, encoding, errors):
        self._raw = raw
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"

    @property
    def closed(self):
        return self._raw.closed

    def fileno(self):
        return self._raw.fileno()

    def write(self, s):
        self._raw.write(s.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        self._raw.flush()

    def read(self, n=-1):
        return _translate_newlines(self._raw.read(n), self.encoding, self.errors)

    def readline(self):
        line = self._raw.readline()
        if line[-1:] == b"\r":
            more = self._raw.peek(1)[:1] if hasattr(self._raw, "peek") else b""
            if more == b"\n":
                line += self._raw.read(1)
        return _translate_newlines(line, self.encoding, self.errors)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self._raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        if kwargs.get("universal_newlines") or kwargs.get("text") or \
                kwargs.get("encoding") or kwargs.get("errors"):
            empty = ""
        else:
            empty = b""
        kwargs["input"] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            chunks = getattr(process, "_chunks", {1: [], 2: []})
            exc.stdout = _join(chunks[1]) if process.stdout is not None else None
            exc.stderr = _join(chunks[2]) if process.stderr is not None else None
            for f in (process.stdout, process.stderr, process.stdin):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout,
                                     stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    raise NotImplementedError("subprocess.list2cmdline (Windows) is not supported by Taipan")
