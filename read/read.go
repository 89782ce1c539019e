// Package read turns input files into documents (*doc.Document): it is the
// first stage of dyad and the only one that looks at bytes on disk.
//
// # Inputs
//
// Walk takes the paths given on the command line. A path is a file, a
// directory (walked recursively in lexical order, skipping names that begin
// with a dot, not following symbolic links to directories) or "-" for
// standard input. Each file is sniffed by its content, with the file name
// as a hint, and is one of:
//
//   - Text with a header: leading lines `key value` or `key: value` (keys in
//     any case, leading spaces allowed: date, title, url, source, id, lang)
//     ended by a blank line; the rest is the text. The header is recognised
//     only when every line up to the blank line is such a line, a date value
//     looks like a date, and at least one line is unmistakably a header (a
//     colon form; a date, url, id or lang line; or a title or source key in
//     lower case). A lone "Source close to the talks said ..." paragraph is
//     therefore text, not a header.
//   - Text with a date prefix: a file that begins (after white space) with
//     `date YYYY-MM-DD` followed by more words on the same line has that
//     date, and its text starts right after the date. As an extension, the
//     date may also be alone on the first line, the text starting on the next.
//   - Plain text: anything else.
//   - JSON Lines (.jsonl, .ndjson, .json, or content starting with "{"): one
//     object a line with "text" (required, a string) and optional "id",
//     "date", "title", "url", "source", "lang". Each line is its own document
//     with origin "path:line"; a bad line is rejected alone.
//   - HTML (.html, .htm, or content starting with <!doctype html>, <html>,
//     ...): the main text is extracted with go-readability and rendered with
//     blank lines between paragraphs (all the body's text when readability
//     finds no article); title, date, url (canonical link), source (site
//     name) and language come from the page's metadata, and a page in a
//     declared legacy charset is decoded.
//
// Any of these may be gzip-compressed; compression is detected by its magic
// bytes, and "x.jsonl.gz" is sniffed as "x.jsonl". A UTF-8 byte order mark
// is dropped and UTF-16 with a byte order mark is converted to UTF-8.
//
// # Normalisation
//
// Line endings become "\n" before anything else, so that every offset later
// stages compute is into the normalised text. Invalid UTF-8 is repaired
// (each bad byte becomes U+FFFD) with a warning. The text is trimmed of
// surrounding white space but otherwise kept as it is: stages add layers
// over it and never rewrite it. Dates are normalised to YYYY-MM-DD (the date
// part as written, for timestamps); an unparseable date is a warning and
// leaves the date empty, and Options.Date fills in documents without one.
// The id defaults to doc.TextID(text).
//
// A dateline at the very start of the text ("LIMA - ", "LIMA (Reuters) - ",
// "NEW YORK, May 3 (AP) — ", "KUALA LUMPUR, Malaysia (AP) -- ") is recorded
// as Document.Dateline, a span covering the place only: the place name plus
// its state or country part when there is one ("KUALA LUMPUR, Malaysia"),
// without the date or the agency. The text is not modified.
//
// # Bad input
//
// Nothing bad in one input costs a good document elsewhere. A rejected
// input (unreadable path, binary file, corrupt gzip, document over
// Options.MaxBytes, malformed JSON line) is reported as an Item with Err
// set, and reading goes on. Lesser problems (repaired UTF-8, unparseable
// date, empty file) go to Options.Warn and the document, if any, is kept.
package read

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// DefaultMaxBytes is the document size limit when Options.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

// Options controls reading.
type Options struct {
	// MaxBytes rejects a document (a whole file, or one JSON line) larger
	// than this many bytes after decompression; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Date (YYYY-MM-DD) is the publication date of documents that have none.
	Date string
	// Warn receives non-fatal diagnostics; it may be nil.
	Warn func(w Warning)
	// Stdin is what "-" reads; nil means os.Stdin.
	Stdin io.Reader
}

// Warning is a non-fatal diagnostic: the input was read, perhaps repaired.
type Warning struct {
	Origin string // path, or "-" for standard input
	Line   int    // 1-based line, or 0 when it concerns the whole input
	Msg    string
}

func (w Warning) String() string { return position(w.Origin, w.Line) + ": " + w.Msg }

// Error is a rejected input: the document (or path, or JSON line) was not
// processed. Other inputs are not affected.
type Error struct {
	Origin string // path, or "-" for standard input
	Line   int    // 1-based line of a JSON Lines file, else 0
	Msg    string
	Err    error // underlying error, if any
}

func (e *Error) Error() string {
	msg := e.Msg
	if msg == "" && e.Err != nil {
		msg = e.Err.Error()
	}
	return position(e.Origin, e.Line) + ": " + msg
}

func (e *Error) Unwrap() error { return e.Err }

// Item is what Walk emits: a document or a rejection.
type Item struct {
	Doc *doc.Document // nil when Err is set
	Err *Error
	// Bytes is the number of input bytes (as stored, so compressed bytes
	// for gzip) consumed since the previous item of the same file. Summed
	// over a run it approaches TotalBytes, which makes it a progress
	// measure; a file that yields no item (an empty file) is not counted.
	Bytes int64
}

func position(origin string, line int) string {
	if line > 0 {
		return origin + ":" + strconv.Itoa(line)
	}
	return origin
}

// Walk reads every path in order and calls emit once per document or
// rejection. Files are read as they are; directories are walked
// recursively in lexical order, skipping hidden files and directories (a
// name beginning with "."); "-" is standard input. The order of items
// depends only on the paths and the file tree, never on timing.
//
// Walk returns nil when all paths were read, even if some inputs were
// rejected (those are Items with Err set). It returns early with ctx.Err()
// when ctx is cancelled, with emit's error when emit returns one, and with
// an error before reading anything when opt.Date is not a valid date.
func Walk(ctx context.Context, paths []string, opt Options, emit func(Item) error) error {
	o, err := opt.resolve()
	if err != nil {
		return err
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			stdin := opt.Stdin
			if stdin == nil {
				stdin = os.Stdin
			}
			if err := o.stream(ctx, stdin, "-", -1, emit); err != nil {
				return err
			}
			continue
		}
		if err := o.walkPath(ctx, p, emit); err != nil {
			return err
		}
	}
	return nil
}

// Reader reads one stream (a file's content, standard input) as Walk reads
// a file: origin names it in documents and diagnostics, and its extension,
// if any, is a format hint.
func Reader(ctx context.Context, r io.Reader, origin string, opt Options, emit func(Item) error) error {
	o, err := opt.resolve()
	if err != nil {
		return err
	}
	return o.stream(ctx, r, origin, -1, emit)
}

// TotalBytes is the size of the input that Walk will read from paths, as
// stored (compressed size for gzip), for an estimate of time remaining. It
// is 0 when the size cannot be known in advance, as for standard input or a
// pipe. Paths that cannot be read count for nothing.
func TotalBytes(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			if !fi.Mode().IsRegular() {
				return 0
			}
			total += fi.Size()
			continue
		}
		root := walkRoot(p, fi)
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if skip, serr := skipEntry(root, path, d); skip {
				return serr
			}
			if d.IsDir() || !InputName(d.Name()) {
				return nil
			}
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				total += fi.Size()
			}
			return nil
		})
	}
	return total
}

// options is Options with defaults applied.
type options struct {
	max  int64
	date string
	warn func(Warning)
}

func (opt Options) resolve() (*options, error) {
	o := &options{max: opt.MaxBytes, warn: opt.Warn}
	if o.max <= 0 {
		o.max = DefaultMaxBytes
	}
	if o.warn == nil {
		o.warn = func(Warning) {}
	}
	if opt.Date != "" {
		d, ok := ParseDate(opt.Date)
		if !ok {
			return nil, fmt.Errorf("invalid --date %q: want YYYY-MM-DD", opt.Date)
		}
		o.date = d
	}
	return o, nil
}

// walkPath reads one command-line path: a file, or a directory tree.
func (o *options) walkPath(ctx context.Context, p string, emit func(Item) error) error {
	fi, err := os.Stat(p)
	if err != nil {
		return emit(Item{Err: pathError(p, err)})
	}
	if !fi.IsDir() {
		// A path given explicitly is read whatever it is (a FIFO from
		// process substitution, a device): the user asked for it.
		return o.file(ctx, p, fi, emit)
	}
	root := walkRoot(p, fi)
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			// An unreadable directory (or entry) is reported and the walk
			// goes on with its siblings.
			if eerr := emit(Item{Err: pathError(path, err)}); eerr != nil {
				return eerr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if skip, serr := skipEntry(root, path, d); skip {
			return serr
		}
		if d.IsDir() {
			return nil
		}
		if !InputName(d.Name()) {
			// A README, a PDF or a spreadsheet beside the articles is not a
			// document; say so, since the user may have expected it read.
			o.warn(Warning{Origin: path, Msg: "not an input file name (.txt, .jsonl, .html, … or none), skipped; name it on the command line to read it"})
			return nil
		}
		fi, err := os.Stat(path) // follows a symbolic link to a file
		if err != nil {
			return emit(Item{Err: pathError(path, err)})
		}
		if fi.IsDir() || !fi.Mode().IsRegular() {
			// Symbolic links to directories are not followed (they can make
			// cycles); sockets, devices and pipes inside a tree are not
			// documents.
			return nil
		}
		return o.file(ctx, path, fi, emit)
	})
}

// inputExts are the file name endings read when walking a directory (each
// also with .gz); a file without an extension is read too.
var inputExts = map[string]bool{
	".txt": true, ".text": true, ".jsonl": true, ".ndjson": true, ".json": true,
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
}

// InputName reports whether a file met while walking a directory is read as
// a document, judging by its name.
func InputName(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	ext := filepath.Ext(name)
	return ext == "" || inputExts[ext]
}

// walkRoot makes filepath.WalkDir descend into a root that is a symbolic
// link to a directory, which it would otherwise report as a plain entry.
func walkRoot(p string, fi fs.FileInfo) string {
	if lfi, err := os.Lstat(p); err == nil && lfi.Mode()&fs.ModeSymlink != 0 && fi.IsDir() {
		return p + string(filepath.Separator)
	}
	return p
}

// skipEntry reports whether a walked entry is hidden, and what WalkDir
// should do about it. The root itself is never skipped: a hidden directory
// named on the command line is read.
func skipEntry(root, path string, d fs.DirEntry) (bool, error) {
	if path == root || !strings.HasPrefix(d.Name(), ".") {
		return false, nil
	}
	if d.IsDir() {
		return true, fs.SkipDir
	}
	return true, nil
}

// file reads one file.
func (o *options) file(ctx context.Context, path string, fi fs.FileInfo, emit func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Err: pathError(path, err)})
	}
	defer f.Close()
	size := int64(-1)
	if fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return o.stream(ctx, f, path, size, emit)
}

// pathError turns an fs error into a rejection naming the path once.
func pathError(path string, err error) *Error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		msg = "permission denied"
	}
	return &Error{Origin: path, Msg: "cannot read: " + msg, Err: err}
}

// sniffSize is how much of a stream is examined to decide its format and
// whether it is binary.
const sniffSize = 8 << 10

// src is one stream being read, with what is needed to account for bytes
// and to name errors.
type src struct {
	origin string
	name   string // lower-case file name without .gz, for the format hint
	size   int64  // stored size, or -1 when unknown
	raw    *countReader
	gz     bool
	// exact is set when stored and decoded bytes are the same (no gzip,
	// no UTF-16), so that pos, the count of decoded bytes consumed, can
	// attribute bytes to each JSON line exactly rather than by buffer.
	exact    bool
	pos      int64
	reported int64 // bytes already attributed to emitted items
	o        *options
	emit     func(Item) error
}

// delta is the byte count to attribute to the next item.
func (s *src) delta() int64 {
	cur := s.raw.n
	if s.exact {
		cur = s.pos
	}
	n := max(cur-s.reported, 0)
	s.reported = max(cur, s.reported)
	return n
}

// whole is the byte count for the item of a whole-file format: the whole
// stored size when known, since the file is done with whether or not it
// was read to the end.
func (s *src) whole() int64 {
	total := max(s.raw.n, s.size)
	n := max(total-s.reported, 0)
	s.reported = max(total, s.reported)
	return n
}

func (s *src) warn(line int, format string, args ...any) {
	s.o.warn(Warning{Origin: s.origin, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (s *src) reject(line int, bytes int64, err error, format string, args ...any) error {
	return s.emit(Item{Err: &Error{Origin: s.origin, Line: line, Msg: fmt.Sprintf(format, args...), Err: err}, Bytes: bytes})
}

// readFailure rejects after a read error; it is a corrupt gzip stream when
// the stream is compressed, since the file itself was readable.
func (s *src) readFailure(ctx context.Context, line int, bytes int64, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		return cerr
	}
	if s.gz {
		return s.reject(line, bytes, err, "corrupt gzip: %s", strings.TrimPrefix(err.Error(), "gzip: "))
	}
	return s.reject(line, bytes, err, "read error: %v", err)
}

// stream reads one input: it undoes gzip and byte order marks, rejects
// binary content, and hands over to the reader of the sniffed format.
func (o *options) stream(ctx context.Context, r io.Reader, origin string, size int64, emit func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s := &src{
		origin: origin,
		name:   strings.ToLower(filepath.Base(origin)),
		size:   size,
		raw:    &countReader{r: ctxReader{ctx: ctx, r: r}},
		o:      o,
		emit:   emit,
	}
	br := bufio.NewReaderSize(s.raw, 64<<10)
	magic, err := br.Peek(2)
	if err != nil && err != io.EOF {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		return emit(Item{Err: pathError(origin, err), Bytes: s.whole()})
	}
	var body io.Reader = br
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		s.gz = true
		s.name = strings.TrimSuffix(s.name, ".gz")
		zr, err := gzip.NewReader(br)
		if err != nil {
			return s.readFailure(ctx, 0, s.whole(), err)
		}
		defer zr.Close()
		body = zr
	}

	bb := bufio.NewReaderSize(body, 64<<10)
	head, err := bb.Peek(4)
	if err != nil && err != io.EOF {
		return s.readFailure(ctx, 0, s.whole(), err)
	}
	s.exact = !s.gz
	switch {
	case len(head) >= 3 && head[0] == 0xef && head[1] == 0xbb && head[2] == 0xbf:
		_, _ = bb.Discard(3)
		s.pos = 3
	case len(head) >= 2 && (head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff):
		s.exact = false
		// UTF-16 with a byte order mark (Windows "Unicode" text): convert
		// it, or its NUL bytes would get it rejected as binary.
		big := head[0] == 0xfe
		_, _ = bb.Discard(2)
		bb = bufio.NewReaderSize(&utf16Reader{r: bb, big: big}, 64<<10)
	}

	head, err = bb.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return s.readFailure(ctx, 0, s.whole(), err)
	}
	if len(head) < sniffSize && isBlank(head) {
		s.warn(0, "empty file, skipped")
		return nil
	}
	if isBinary(head) {
		return s.reject(0, s.whole(), nil, "binary file, skipped")
	}

	switch sniff(s.name, head) {
	case formatJSONL:
		return o.jsonl(ctx, s, bb)
	case formatHTML:
		return o.whole(ctx, s, bb, o.html)
	default:
		return o.whole(ctx, s, bb, o.text)
	}
}

// whole reads a whole-file document, enforcing the size limit, and parses
// it with parse.
func (o *options) whole(ctx context.Context, s *src, r io.Reader, parse func(s *src, data []byte) (*doc.Document, error)) error {
	data, err := io.ReadAll(io.LimitReader(r, o.max+1))
	if err != nil {
		return s.readFailure(ctx, 0, s.whole(), err)
	}
	if int64(len(data)) > o.max {
		total := int64(-1)
		if !s.gz && s.size >= 0 {
			total = s.size
		} else if n, err := io.Copy(io.Discard, r); err == nil {
			// Counting the rest costs time but not memory, and the user
			// gets to know how far over the limit the document is.
			total = int64(len(data)) + n
		} else if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		return s.reject(0, s.whole(), nil, "%s", overLimit("document", total, o.max))
	}
	d, err := parse(s, data)
	bytes := s.whole()
	if err != nil {
		return s.emit(Item{Err: &Error{Origin: s.origin, Msg: err.Error(), Err: err}, Bytes: bytes})
	}
	if d == nil {
		return nil
	}
	return s.emit(Item{Doc: d, Bytes: bytes})
}

// overLimit words a size rejection: "document is 12.3 MiB, over the
// --max-bytes limit of 10 MiB". total < 0 means the size is unknown.
func overLimit(what string, total, max int64) string {
	if total < 0 {
		return fmt.Sprintf("%s is over the --max-bytes limit of %s", what, humanBytes(max))
	}
	return fmt.Sprintf("%s is %s, over the --max-bytes limit of %s", what, humanBytes(total), humanBytes(max))
}

// humanBytes writes a size in binary units with one decimal, dropping ".0".
func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return strconv.FormatInt(n, 10) + " bytes"
	}
	v := float64(n)
	suffix := ""
	for _, s := range []string{"KiB", "MiB", "GiB", "TiB"} {
		v /= unit
		suffix = s
		if v < unit {
			break
		}
	}
	str := strconv.FormatFloat(v, 'f', 1, 64)
	str = strings.TrimSuffix(str, ".0")
	return str + " " + suffix
}

// finish completes a document from any format: it normalises the date,
// fills the defaults, and finds the dateline. dateLine is the line of the
// date for a warning (0 for none). It returns nil, after a warning, when
// there is no text.
func (s *src) finish(d *doc.Document, rawDate string, dateLine int) *doc.Document {
	if d.Text == "" {
		s.warn(0, "no text, skipped")
		return nil
	}
	if rawDate != "" {
		if date, ok := ParseDate(rawDate); ok {
			d.Date = date
		} else {
			s.warn(dateLine, "unparseable date %q, ignored", rawDate)
		}
	}
	if d.Date == "" {
		d.Date = s.o.date
	}
	if d.ID == "" {
		d.ID = doc.TextID(d.Text)
	}
	FindDateline(d)
	return d
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// ctxReader stops a long read (a large file, a gzip bomb being measured)
// when the context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
