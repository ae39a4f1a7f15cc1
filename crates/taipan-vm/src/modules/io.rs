//! Buffered standard streams (flushed at exit and before input()).

use std::io::Write;

pub struct StdStream {
    fd: i32,
    buf: Vec<u8>,
    unbuffered: bool,
}

impl StdStream {
    pub fn new(fd: i32, unbuffered: bool) -> StdStream {
        StdStream {
            fd,
            buf: Vec::new(),
            unbuffered,
        }
    }

    pub fn write(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.unbuffered || self.buf.len() > 1 << 16 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        // A closed pipe is not an error worth crashing over.
        let _ = if self.fd == 1 {
            std::io::stdout()
                .write_all(&self.buf)
                .and_then(|_| std::io::stdout().flush())
        } else {
            std::io::stderr()
                .write_all(&self.buf)
                .and_then(|_| std::io::stderr().flush())
        };
        self.buf.clear();
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
