// Package model embeds dyad's trained models so that the binary needs no
// files beside it. Each model is a zstd-compressed file written through
// NewWriter by its package's Save method and rebuilt by `dyad train ...`;
// the figures a model reached are recorded in the .txt file beside it.
//
// Loading is part of every run's start-up, so Decompress reads an embedded
// file in place (no copy of the compressed bytes) and decodes it into one
// buffer sized from the zstd frame header. zstd decodes these files about
// three times faster than gzip, which the models used before (session 10),
// and they are a little smaller. Decompress still reads gzip streams (older
// model files, or files a user compressed with gzip), into one buffer sized
// from the gzip trailer.
package model

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"
	"unsafe"

	"github.com/klauspost/compress/zstd"

	"github.com/dyadproject/dyad/internal/hugepage"
)

var (
	//go:embed tagger.bin.zst
	taggerFile []byte
	//go:embed lemma.bin.zst
	lemmaFile []byte
	//go:embed parser.bin.zst
	parserFile []byte
	//go:embed ner.bin.zst
	nerFile []byte
)

// files are the embedded models by name.
var files = map[string][]byte{
	"tagger.bin.zst": taggerFile,
	"lemma.bin.zst":  lemmaFile,
	"parser.bin.zst": parserFile,
	"ner.bin.zst":    nerFile,
}

// embeddedFile reads an embedded model; Decompress takes its bytes in place.
type embeddedFile struct {
	*bytes.Reader
	data []byte
}

// Open returns the embedded model file name (e.g. "parser.bin.zst").
func Open(name string) (io.Reader, error) {
	data, ok := files[name]
	if !ok {
		return nil, fmt.Errorf("model %s is not embedded in this binary", name)
	}
	return &embeddedFile{bytes.NewReader(data), data}, nil
}

// maxRatio bounds the size a gzip trailer or a zstd frame header may
// claim: deflate expands at most about 1032 times (zstd more, but no
// model comes near). A corrupt size then cannot make Decompress allocate
// wildly (a stream larger than its claim still reads, by growing).
const maxRatio = 1032

var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// zstdSlack is the room unzstd leaves past the content's end.
const zstdSlack = 128<<10 + 64

// NewWriter returns a writer that compresses what is written to it into w
// when it is closed: one zstd frame at the best compression, with the
// content size in its header (so that Decompress sizes its buffer). The
// content is held in memory until Close.
func NewWriter(w io.Writer) io.WriteCloser { return &writer{w: w} }

type writer struct {
	w   io.Writer
	buf bytes.Buffer
}

func (z *writer) Write(p []byte) (int, error) { return z.buf.Write(p) }

func (z *writer) Close() error {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression),
		zstd.WithEncoderConcurrency(1))
	if err != nil {
		return err
	}
	out := enc.EncodeAll(z.buf.Bytes(), nil)
	if err := enc.Close(); err != nil {
		return err
	}
	z.buf = bytes.Buffer{}
	_, err = z.w.Write(out)
	return err
}

// Decompress returns the whole decompressed content of r, a zstd or gzip
// stream (told apart by their magic numbers).
func Decompress(r io.Reader) ([]byte, error) {
	if e, ok := r.(*embeddedFile); ok && e.Len() == len(e.data) {
		e.Seek(0, io.SeekEnd)
		return DecompressBytes(e.data)
	}
	var magic []byte
	if s, ok := r.(io.ReadSeeker); ok {
		var b [4]byte
		n, _ := io.ReadFull(s, b[:])
		if _, err := s.Seek(-int64(n), io.SeekCurrent); err != nil {
			return nil, err
		}
		magic = b[:n]
	} else {
		br := bufio.NewReader(r)
		magic, _ = br.Peek(4)
		r = br
	}
	if bytes.Equal(magic, zstdMagic) {
		src, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		return unzstd(src, nil)
	}
	return readGzip(r)
}

// DecompressBytes is Decompress for a stream held in memory.
func DecompressBytes(data []byte) ([]byte, error) {
	if bytes.HasPrefix(data, zstdMagic) {
		return unzstd(data, nil)
	}
	return readGzip(bytes.NewReader(data))
}

// BytesReader returns a reader of data that Decompress and DecompressTemp
// read in place, as they read an embedded model (no copy).
func BytesReader(data []byte) io.Reader { return &embeddedFile{bytes.NewReader(data), data} }

// scratch is the buffer DecompressTemp lends, kept between loads. Each
// model loaded at start-up is decoded into memory and then turned into
// tables; a fresh buffer each time would have the system fault in some 30
// MB of new pages at every start, which costs more than decoding them.
// The pool lets the collector take the buffer once loading is over.
var scratch sync.Pool

// minScratch is the least DecompressTemp lends: room for any of the
// embedded models but the gazetteer (at most 12.3 MB), so that the first
// buffer serves them all. Pages past what a model fills are not touched
// (but for the rest of its last huge page: the buffer is advised to be
// backed by huge pages, internal/hugepage).
const minScratch = 16 << 20

// DecompressTemp is Decompress into a lent buffer: the caller calls
// release once nothing refers to the content any more (no slice or
// unsafe string of it kept), and the next DecompressTemp reuses the
// memory. The content is valid until release.
func DecompressTemp(r io.Reader) (data []byte, release func(), err error) {
	e, ok := r.(*embeddedFile)
	if !ok || e.Len() != len(e.data) || !bytes.HasPrefix(e.data, zstdMagic) {
		data, err = Decompress(r)
		return data, func() {}, err
	}
	e.Seek(0, io.SeekEnd)
	var buf []byte
	if p, _ := scratch.Get().(*[]byte); p != nil {
		buf = *p
	}
	if need := zstdSize(e.data) + zstdSlack; cap(buf) < need {
		buf = hugepage.Make[byte](max(need, minScratch))[:0]
	}
	data, err = unzstd(e.data, buf[:0])
	if err != nil {
		return nil, func() {}, err
	}
	// The decoder may have grown the buffer: lend back the larger.
	if cap(data) > cap(buf) {
		buf = data
	}
	return data, func() {
		b := buf[:0]
		scratch.Put(&b)
	}, nil
}

// DecompressString is Decompress for text kept as a string: the content
// is decompressed into the string's own memory, not copied into it.
func DecompressString(r io.Reader) (string, error) {
	b, err := Decompress(r)
	if err != nil || len(b) == 0 {
		return "", err
	}
	// b is not written again: nothing else refers to it.
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}

// zstdDecoder decodes whole streams (DecodeAll) on the calling goroutine;
// it is safe for concurrent use.
var zstdDecoder = sync.OnceValues(func() (*zstd.Decoder, error) {
	return zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
})

// zstdSize is the content size the first frame of the zstd stream src
// records in its header, 0 when it records none (or a size no model has).
func zstdSize(src []byte) int {
	var h zstd.Header
	if h.Decode(src) == nil && h.HasFCS && h.FrameContentSize <= uint64(maxRatio*len(src)) {
		return int(h.FrameContentSize)
	}
	return 0
}

// unzstd decodes the zstd stream src into buf (an empty slice), or into
// one buffer sized from its first frame's header when buf is nil.
func unzstd(src, buf []byte) ([]byte, error) {
	d, err := zstdDecoder()
	if err != nil {
		return nil, err
	}
	if buf == nil {
		// Room past the end: the decoder wants a block's room (128 KB)
		// plus 32 bytes for its wide copies free before each block, and
		// grows the buffer, copying it, near the end otherwise.
		buf = hugepage.Make[byte](zstdSize(src) + zstdSlack)[:0]
	}
	out, err := d.DecodeAll(src, buf)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// gzipSize returns the uncompressed size the gzip stream in s records in
// its trailer (that of its last member, modulo 2^32), or 0 when it cannot
// tell. It leaves s where it was.
func gzipSize(s io.ReadSeeker) int {
	cur, err := s.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0
	}
	defer s.Seek(cur, io.SeekStart)
	end, err := s.Seek(-4, io.SeekEnd)
	if err != nil || end < cur {
		return 0
	}
	var b [4]byte
	if _, err := io.ReadFull(s, b[:]); err != nil {
		return 0
	}
	n := int64(binary.LittleEndian.Uint32(b[:]))
	if n > maxRatio*(end+4-cur) {
		return 0
	}
	return int(n)
}

// readGzip returns the whole decompressed content of the gzip stream r,
// in one buffer sized from the gzip trailer when r can seek.
func readGzip(r io.Reader) ([]byte, error) {
	hint := 0
	if s, ok := r.(io.ReadSeeker); ok {
		hint = gzipSize(s)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		if errors.Is(err, gzip.ErrHeader) {
			return nil, errors.New("not a zstd or gzip stream")
		}
		return nil, err
	}
	// One byte more than the hint, so that the end of the stream shows
	// without growing the buffer.
	buf := make([]byte, 0, hint+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := zr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
