//! Buffered standard streams (flushed at exit and before input()).

use std::io::Write;

pub struct StdStream {
    fd: i32,
    buf: Vec<u8>,
    unbuffered: bool,
    /// On a terminal, as CPython: each complete line goes out at once.
    line_buffered: bool,
    /// The errno of a failed write (EPIPE: the reader went away), raised as an OSError
    /// at the next instruction boundary (see modules/signal.rs).
    pub failed: Option<i32>,
}

impl StdStream {
    pub fn new(fd: i32, unbuffered: bool) -> StdStream {
        use std::io::IsTerminal;
        let line_buffered = if fd == 1 {
            std::io::stdout().is_terminal()
        } else {
            std::io::stderr().is_terminal()
        };
        StdStream {
            fd,
            buf: Vec::new(),
            unbuffered,
            line_buffered,
            failed: None,
        }
    }

    pub fn write(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.unbuffered || self.buf.len() > 1 << 16 || (self.line_buffered && s.contains('\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let r = if self.fd == 1 {
            std::io::stdout()
                .write_all(&self.buf)
                .and_then(|_| std::io::stdout().flush())
        } else {
            std::io::stderr()
                .write_all(&self.buf)
                .and_then(|_| std::io::stderr().flush())
        };
        self.buf.clear();
        if let Err(e) = r {
            self.failed = Some(e.raw_os_error().unwrap_or(libc::EIO));
            crate::memory::pending::request(crate::memory::pending::SIGNALS);
        }
    }
}

impl crate::vm::Vm {
    pub fn write_stdout(&mut self, s: &str) {
        self.out.write(s);
    }
    pub fn write_stderr(&mut self, s: &str) {
        self.out.flush();
        self.err.write(s);
        self.err.flush();
    }
}
