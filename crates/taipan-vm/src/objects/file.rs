//! File objects made by `open()`: the buffered byte stream under both the text
//! (`_io.TextIOWrapper`) and the binary (`_io.Buffered*`) types, and the registry that
//! flushes writers at exit (the CLI ends the process without freeing the heap).

use crate::objects::file_codec::Codec;
use crate::value::Value;
use std::cell::RefCell;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

/// Writes are gathered up to this size before reaching the file.
const WRITE_CHUNK: usize = 1 << 16;
const READ_CHUNK: usize = 8192;

/// An open file with one read-ahead buffer and one pending-write buffer (never both
/// non-empty: switching direction flushes or rewinds first).
pub struct Stream {
    file: Option<File>,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// Write-through when opened with buffering=0.
    pub unbuffered: bool,
    /// False for `open(fd, closefd=False)` and the standard streams: closing leaves the
    /// descriptor open.
    pub closefd: bool,
}

impl Stream {
    pub fn new(file: File, unbuffered: bool) -> Stream {
        Stream {
            file: Some(file),
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            unbuffered,
            closefd: true,
        }
    }

    /// Lets go of the file, closing its descriptor only when the stream owns it.
    fn release(&mut self) {
        if let Some(f) = self.file.take() {
            if !self.closefd {
                use std::os::fd::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
    }

    /// The bytes read ahead, filling the buffer first when it is empty (empty at end
    /// of file): `peek()` of the buffered types.
    pub fn peek_buf(&mut self) -> io::Result<&[u8]> {
        if self.rpos >= self.rbuf.len() {
            self.fill()?;
        }
        Ok(&self.rbuf[self.rpos..])
    }

    /// At most one read from the OS: what is buffered, else one fill (`read1`).
    pub fn read1(&mut self, n: Option<usize>) -> io::Result<Vec<u8>> {
        let avail = self.peek_buf()?.len();
        let take = n.map_or(avail, |n| n.min(avail));
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// Whether the OS can seek this file (not a pipe or a terminal).
    pub fn seekable(&self) -> bool {
        use std::os::fd::AsRawFd;
        self.file.as_ref().is_some_and(|f| {
            // SAFETY: lseek on a descriptor we hold; SEEK_CUR by 0 moves nothing.
            unsafe { libc::lseek(f.as_raw_fd(), 0, libc::SEEK_CUR) >= 0 }
        })
    }

    pub fn isatty(&self) -> bool {
        use std::os::fd::AsRawFd;
        // SAFETY: isatty only inspects the descriptor.
        self.file
            .as_ref()
            .is_some_and(|f| unsafe { libc::isatty(f.as_raw_fd()) == 1 })
    }

    pub fn is_closed(&self) -> bool {
        self.file.is_none()
    }

    fn file(&mut self) -> io::Result<&mut File> {
        self.file
            .as_mut()
            .ok_or_else(|| io::Error::from_raw_os_error(9))
    }

    pub fn flush(&mut self) -> io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        self.file()?.write_all(&data)
    }

    /// Gives back read-ahead bytes, so the OS position is the logical one again.
    fn unread(&mut self) -> io::Result<()> {
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if ahead > 0 {
            self.file()?.seek(SeekFrom::Current(-ahead))?;
        }
        Ok(())
    }

    /// Reads more bytes into the read buffer; 0 at end of file.
    fn fill(&mut self) -> io::Result<usize> {
        self.flush()?;
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let old = self.rbuf.len();
        self.rbuf.resize(old + READ_CHUNK, 0);
        let r = loop {
            let file = self
                .file
                .as_mut()
                .ok_or_else(|| io::Error::from_raw_os_error(9));
            match file.and_then(|f| f.read(&mut self.rbuf[old..])) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        };
        let n = *r.as_ref().unwrap_or(&0);
        self.rbuf.truncate(old + n);
        r
    }

    /// The next byte without consuming it (None at end of file).
    pub fn peek(&mut self) -> io::Result<Option<u8>> {
        if self.rpos >= self.rbuf.len() && self.fill()? == 0 {
            return Ok(None);
        }
        Ok(Some(self.rbuf[self.rpos]))
    }

    pub fn next_byte(&mut self) -> io::Result<Option<u8>> {
        let b = self.peek()?;
        if b.is_some() {
            self.rpos += 1;
        }
        Ok(b)
    }

    /// Up to `n` bytes (all that is left when None).
    pub fn read(&mut self, n: Option<usize>) -> io::Result<Vec<u8>> {
        self.flush()?;
        let mut out = self.rbuf.split_off(self.rpos);
        self.rbuf.clear();
        self.rpos = 0;
        match n {
            None => {
                self.file()?.read_to_end(&mut out)?;
            }
            Some(n) => {
                while out.len() < n {
                    if self.fill()? == 0 {
                        break;
                    }
                    out.append(&mut self.rbuf);
                }
                if out.len() > n {
                    self.rbuf = out.split_off(n);
                }
            }
        }
        Ok(out)
    }

    /// One line of bytes ending at b'\n' (or shorter at `limit` bytes or end of file).
    pub fn read_line(&mut self, limit: Option<usize>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        while limit.is_none_or(|l| out.len() < l) {
            match self.next_byte()? {
                Some(b) => {
                    out.push(b);
                    if b == b'\n' {
                        break;
                    }
                }
                None => break,
            }
        }
        Ok(out)
    }

    /// Bytes through the first of `stops` (or to end of file), scanning the read buffer
    /// a chunk at a time: the fast path of text readline() and iteration.
    pub fn read_through(&mut self, stops: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let avail = self.peek_buf()?;
            if avail.is_empty() {
                return Ok(out);
            }
            let found = avail.iter().position(|b| stops.contains(b));
            let take = found.map_or(avail.len(), |i| i + 1);
            out.extend_from_slice(&avail[..take]);
            self.rpos += take;
            if found.is_some() {
                return Ok(out);
            }
        }
    }

    pub fn write(&mut self, data: &[u8]) -> io::Result<()> {
        self.unread()?;
        self.wbuf.extend_from_slice(data);
        if self.unbuffered || self.wbuf.len() >= WRITE_CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    pub fn tell(&mut self) -> io::Result<u64> {
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        let pending = self.wbuf.len() as u64;
        let pos = self.file()?.stream_position()?;
        Ok(pos + pending - ahead)
    }

    pub fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.flush()?;
        self.unread()?;
        self.file()?.seek(to)
    }

    /// Cuts (or extends) the file to `size` (the current position when None); the
    /// position does not move.
    pub fn truncate(&mut self, size: Option<u64>) -> io::Result<u64> {
        self.flush()?;
        self.unread()?;
        let size = match size {
            Some(s) => s,
            None => self.file()?.stream_position()?,
        };
        self.file()?.set_len(size)?;
        Ok(size)
    }

    pub fn fileno(&self) -> i64 {
        use std::os::fd::AsRawFd;
        self.file.as_ref().map_or(-1, |f| i64::from(f.as_raw_fd()))
    }

    /// Flushes and closes; the file is closed even when the flush fails.
    pub fn close(&mut self) -> io::Result<()> {
        let r = self.flush();
        self.release();
        r
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // As CPython's finalizer does: a dropped file's pending writes still land.
        let _ = self.flush();
        self.release();
    }
}

/// The kind of object `open()` made.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Reader,
    Writer,
    Random,
    Raw,
}

/// What newline= asked for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// None: any of \n, \r, \r\n ends a line and reads as \n.
    Translate,
    /// '': any ending ends a line, kept as it is.
    Universal,
    Lf,
    Cr,
    CrLf,
}

pub struct TextInfo {
    pub encoding: String,
    pub codec: Codec,
    pub errors: String,
    pub newline: Newline,
    /// Line endings met while reading in universal mode (1: \r, 2: \n, 4: \r\n).
    pub seen: std::cell::Cell<u8>,
    /// Flush after each write holding a newline (buffering=1, reconfigure()).
    pub line_buffering: std::cell::Cell<bool>,
}

pub struct PyFile {
    pub stream: Rc<RefCell<Stream>>,
    pub kind: Kind,
    pub name: Value,
    pub mode: String,
    pub readable: bool,
    pub writable: bool,
    pub text: Option<TextInfo>,
    pub closefd: bool,
}

thread_local! {
    /// Streams opened for writing, flushed by `flush_all` at interpreter exit.
    static WRITERS: RefCell<Vec<Weak<RefCell<Stream>>>> = const { RefCell::new(Vec::new()) };
}

pub fn register_writer(s: &Rc<RefCell<Stream>>) {
    WRITERS.with(|w| {
        let mut w = w.borrow_mut();
        if w.len() >= 64 && w.len().is_power_of_two() {
            w.retain(|s| s.strong_count() > 0);
        }
        w.push(Rc::downgrade(s));
    });
}

/// Flushes every writer still open (errors are lost, as CPython's at-exit flush
/// of an unreachable file reports nothing useful either).
pub fn flush_all() {
    let live: Vec<_> = WRITERS.with(|w| w.borrow_mut().drain(..).collect());
    for s in live.iter().filter_map(Weak::upgrade) {
        if let Ok(mut s) = s.try_borrow_mut() {
            let _ = s.flush();
        }
    }
}

/// Before a file object writes to descriptor 1 or 2 (`sys.stdout.buffer`, `open(1,
/// 'w')`): what print() has buffered goes first, so the output stays in order.
pub fn before_write(vm: &mut crate::vm::Vm, f: &PyFile) {
    let fd = f.stream.borrow().fileno();
    if fd == 1 || fd == 2 {
        vm.out.flush();
        vm.err.flush();
    }
}
