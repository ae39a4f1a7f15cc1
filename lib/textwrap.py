"""Text wrapping and filling (Taipan's implementation of CPython 3.12's textwrap).

CPython splits text into chunks with a regular expression; the same chunking is done
here by a hand-written scanner, so textwrap does not depend on `re`."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these characters count as whitespace (not the Unicode spaces str.split knows).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # `\w` of Python's re on str: alphanumeric or underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # `[^\d\W]`: a word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, j):
    """True when text[j:] is two or more '-' followed by a word character."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _split_hyphenated(text):
    """Chunks as CPython's TextWrapper.wordsep_re splits them: whitespace runs, em-dashes
    between words, and words broken after the hyphens of hyphenated words."""
    chunks = []
    n = len(text)
    i = 0
    ws = _whitespace
    while i < n:
        c = text[i]
        if c in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # An em-dash ("--" or longer) after a word and before another.
        if i > 0 and c == '-' and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # The shortest run of non-whitespace ending at a hyphen inside a hyphenated
        # word, at the end of the word, or just before an em-dash.
        j = i + 1
        while True:
            if j < n and text[j] == '-':
                after_letters = j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2])
                after_one = (j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-'
                             and _is_letter(text[j - 3]))
                if after_letters or after_one:
                    k = j + 1
                    if k < n and _is_letter(text[k]) and (
                            (k + 1 < n and _is_letter(text[k + 1]))
                            or (k + 2 < n and text[k + 1] == '-' and _is_letter(text[k + 2]))):
                        j += 1
                        break
            if j >= n or text[j] in ws:
                break
            if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    ws = _whitespace
    while i < n:
        in_ws = text[i] in ws
        j = i + 1
        while j < n and (text[j] in ws) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then an optional quote.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class _LazyPattern:
    """A class attribute holding a compiled regular expression, compiled (importing
    `re`) on first access: TextWrapper's own splitting does not use it."""

    def __init__(self, build):
        self._build = build
        self._compiled = None

    def __get__(self, obj, cls=None):
        if self._compiled is None:
            import re
            self._compiled = self._build(re)
        return self._compiled


def _wordsep_re(re):
    ws = '[%s]' % re.escape(_whitespace)
    nws = '[^' + ws[1:]
    wp = r'[\w!"\'&.,?]'
    lt = r'[^\d\W]'
    return re.compile(
        '(' + ws + '+'
        + '|(?<=' + wp + r')-{2,}(?=\w)'
        + '|' + nws + '+?(?:'
        + '-(?:(?<=' + lt + '{2}-)|(?<=' + lt + '-' + lt + '-))(?=' + lt + '-?' + lt + ')'
        + '|(?=' + ws + r'|\Z)'
        + '|(?<=' + wp + r')(?=-{2,}\w)'
        + '))')


class TextWrapper:
    """Object for wrapping/filling text. The public interface consists of the wrap()
    and fill() methods; the other methods are just there for subclasses to override
    in order to tweak the default behaviour."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = _LazyPattern(_wordsep_re)
    wordsep_simple_re = _LazyPattern(
        lambda re: re.compile('(%s+)' % ('[%s]' % re.escape(_whitespace))))
    sentence_end_re = _LazyPattern(
        lambda re: re.compile(r'[a-z][\.\!\?][\"\']?\Z'))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _overridden(self, name):
        """True when a subclass or the instance replaced the pattern `name`."""
        if name in getattr(self, '__dict__', ()):
            return True
        for klass in type(self).__mro__:
            if name in klass.__dict__:
                return klass is not TextWrapper
        return False

    def _split(self, text):
        if self.break_on_hyphens is True:
            if self._overridden('wordsep_re'):
                chunks = self.wordsep_re.split(text)
            else:
                return _split_hyphenated(text)
        elif self._overridden('wordsep_simple_re'):
            chunks = self.wordsep_simple_re.split(text)
        else:
            return _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and (
                    self.sentence_end_re.search(chunks[i])
                    if self._overridden('sentence_end_re') else _sentence_end(chunks[i])):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Leading whitespace of a line other than the first is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not chunks
                         or (self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip()))
                        and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no more
        than 'self.width' columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more than
        'self.width' columns, and return a new string containing the entire
        wrapped paragraph."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    # Lines of only blanks and tabs are emptied; they take no part in the margin.
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text' (by default, the
    lines that are not whitespace only)."""
    out = []
    for line in text.splitlines(True):
        if (not line.isspace()) if predicate is None else predicate(line):
            out.append(prefix)
        out.append(line)
    return ''.join(out)
