package syntax

import (
	"encoding/binary"
	"errors"
	"io"
)

// byteReader is what the model readers read from: a buffered stream.
type byteReader interface {
	io.Reader
	io.ByteReader
}

// modelReader reads the varints and strings of a saved model. The first
// error sticks: later reads return zero values, so a loader reads on and
// checks err once where it must.
type modelReader struct {
	r   byteReader
	err error
}

// memReader is a model decompressed into memory (openModel). modelReader
// decodes its varints straight from the slice.
type memReader struct{ b []byte }

func (r *memReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

func (r *memReader) ReadByte() (byte, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c, nil
}

var errVarint = errors.New("truncated or overlong varint")

// uvar reads an unsigned varint.
func (m *modelReader) uvar() uint64 {
	if m.err != nil {
		return 0
	}
	if mem, ok := m.r.(*memReader); ok {
		v, n := binary.Uvarint(mem.b)
		if n <= 0 {
			m.err = errVarint
			return 0
		}
		mem.b = mem.b[n:]
		return v
	}
	v, err := binary.ReadUvarint(m.r)
	m.err = err
	return v
}

// svar reads a signed varint.
func (m *modelReader) svar() int64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(m.r)
	m.err = err
	return v
}

// str reads a length-prefixed string of at most max bytes.
func (m *modelReader) str(max uint64) string {
	n := m.uvar()
	if m.err != nil {
		return ""
	}
	if n > max {
		m.err = errors.New("bad string")
		return ""
	}
	b := make([]byte, n)
	_, m.err = io.ReadFull(m.r, b)
	return string(b)
}

// byte reads one byte.
func (m *modelReader) byte() byte {
	if m.err != nil {
		return 0
	}
	b, err := m.r.ReadByte()
	m.err = err
	return b
}
