// Package model embeds dyad's trained models so that the binary needs no
// files beside it. Each model is a gzip-compressed file written by its
// package's Save method and rebuilt by `dyad train ...`; the figures a model
// reached are recorded in the .txt file beside it.
//
// Loading is part of every run's start-up, so Open reads an embedded file in
// place (no copy) and ReadGzip decompresses into one buffer sized from the
// gzip trailer instead of growing it copy by copy.
package model

import (
	"compress/gzip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

//go:embed *.bin.gz
var files embed.FS

// Open returns the embedded model file name (e.g. "parser.bin.gz"). The
// reader can seek, so ReadGzip can size its buffer.
func Open(name string) (io.Reader, error) {
	f, err := files.Open(name)
	if err != nil {
		return nil, fmt.Errorf("model %s is not embedded in this binary: %w", name, err)
	}
	return f, nil
}

// maxRatio bounds the size a gzip trailer may claim: deflate expands at
// most about 1032 times. A corrupt trailer then cannot make ReadGzip
// allocate wildly (a stream larger than its claim still reads, by growing).
const maxRatio = 1032

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

// sizeHint is the uncompressed size of the gzip stream r, when r can seek.
func sizeHint(r io.Reader) int {
	if s, ok := r.(io.ReadSeeker); ok {
		return gzipSize(s)
	}
	return 0
}

// ReadGzip returns the whole decompressed content of the gzip stream r.
func ReadGzip(r io.Reader) ([]byte, error) {
	hint := sizeHint(r)
	zr, err := gzip.NewReader(r)
	if err != nil {
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

// ReadGzipString is ReadGzip for text kept as a string: the content is
// decompressed into the string's own memory, not copied into it.
func ReadGzipString(r io.Reader) (string, error) {
	hint := sizeHint(r)
	zr, err := gzip.NewReader(r)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	sb.Grow(hint + 1)
	if _, err := io.Copy(&sb, zr); err != nil {
		return "", err
	}
	return sb.String(), nil
}
