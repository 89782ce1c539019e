package model

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"strings"
	"testing"
)

func gz(t *testing.T, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, p := range parts { // one gzip member each
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(p))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// onlyReader hides every method but Read (no seeking, no sizing).
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestDecompress(t *testing.T) {
	long := strings.Repeat("dyad codes events. ", 50000)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", gz(t, ""), ""},
		{"short", gz(t, "abc"), "abc"},
		{"long", gz(t, long), long},
		{"two members", gz(t, long, "tail"), long + "tail"},
	}
	// A trailer that claims far more than the stream holds.
	lying := gz(t, "abc")
	binary.LittleEndian.PutUint32(lying[len(lying)-4:], 1<<31)
	cases = append(cases, struct {
		name string
		data []byte
		want string
	}{"lying trailer", lying, ""})
	for _, c := range cases {
		for _, kind := range []string{"seekable", "stream"} {
			var r io.Reader = bytes.NewReader(c.data)
			if kind == "stream" {
				r = onlyReader{r}
			}
			got, err := Decompress(r)
			if c.name == "lying trailer" {
				// gzip checks the size: the stream is corrupt either way.
				if err == nil {
					t.Errorf("%s %s: no error", c.name, kind)
				}
				continue
			}
			if err != nil || string(got) != c.want {
				t.Errorf("%s %s: got %d bytes, err %v; want %d bytes", c.name, kind, len(got), err, len(c.want))
			}
			r = bytes.NewReader(c.data)
			if kind == "stream" {
				r = onlyReader{r}
			}
			s, err := DecompressString(r)
			if err != nil || s != c.want {
				t.Errorf("%s %s (string): got %d bytes, err %v; want %d bytes", c.name, kind, len(s), err, len(c.want))
			}
		}
	}
	// A reader already advanced past a prefix: the size is read from the
	// end, and reading resumes where the caller left it.
	data := append([]byte("PREFIX"), gz(t, long)...)
	r := bytes.NewReader(data)
	r.Seek(6, io.SeekStart)
	if got, err := Decompress(r); err != nil || string(got) != long {
		t.Errorf("after a prefix: got %d bytes, err %v", len(got), err)
	}
	if _, err := Decompress(strings.NewReader("not gzip")); err == nil {
		t.Error("Decompress accepted garbage")
	}
}

func zst(t *testing.T, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, p := range parts { // one frame each
		zw := NewWriter(&b)
		zw.Write([]byte(p))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func TestDecompressZstd(t *testing.T) {
	long := strings.Repeat("dyad codes events. ", 50000)
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", zst(t, ""), ""},
		{"short", zst(t, "abc"), "abc"},
		{"long", zst(t, long), long},
		{"two frames", zst(t, long, "tail"), long + "tail"},
	} {
		for _, kind := range []string{"bytes", "seekable", "stream", "string"} {
			var got []byte
			var err error
			switch kind {
			case "bytes":
				got, err = DecompressBytes(c.data)
			case "seekable":
				got, err = Decompress(bytes.NewReader(c.data))
			case "stream":
				got, err = Decompress(onlyReader{bytes.NewReader(c.data)})
			case "string":
				var s string
				s, err = DecompressString(bytes.NewReader(c.data))
				got = []byte(s)
			}
			if err != nil || string(got) != c.want {
				t.Errorf("%s %s: got %d bytes, err %v; want %d bytes", c.name, kind, len(got), err, len(c.want))
			}
		}
	}
	// NewWriter records the content size, so that Decompress sizes its
	// buffer in one allocation (on varied text: with one phrase repeated
	// 50,000 times the decoder took a path that grew the buffer anyway).
	words := make([]byte, 500000)
	x := uint32(1)
	for i := range words {
		x = x*1664525 + 1013904223
		words[i] = "abcdefgh "[x>>24%9]
	}
	if got, err := DecompressBytes(zst(t, string(words))); err != nil || cap(got) != len(words)+zstdSlack {
		t.Errorf("buffer of %d bytes for %d (err %v)", cap(got), len(words), err)
	}
	// A reader already advanced past a prefix.
	r := bytes.NewReader(append([]byte("PREFIX"), zst(t, long)...))
	r.Seek(6, io.SeekStart)
	if got, err := Decompress(r); err != nil || string(got) != long {
		t.Errorf("after a prefix: got %d bytes, err %v", len(got), err)
	}
	bad := zst(t, long)
	bad = bad[:len(bad)/2]
	if _, err := DecompressBytes(bad); err == nil {
		t.Error("a truncated zstd stream read without error")
	}
}

func TestOpenEmbedded(t *testing.T) {
	for name, raw := range files {
		if !bytes.HasPrefix(raw, zstdMagic) {
			t.Errorf("%s: not a zstd stream", name)
		}
		r, err := Open(name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decompress(r)
		if err != nil || len(got) == 0 {
			t.Fatalf("%s: %d bytes, err %v", name, len(got), err)
		}
		// The same content through the generic path (a copy of the bytes).
		want, err := Decompress(onlyReader{bytes.NewReader(raw)})
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%s: %d bytes in place, %d copied (err %v)", name, len(got), len(want), err)
		}
		// Written again through NewWriter, the content gives the same file:
		// the embedded files are what the Save methods write.
		var b bytes.Buffer
		w := NewWriter(&b)
		w.Write(got)
		if err := w.Close(); err != nil || !bytes.Equal(b.Bytes(), raw) {
			t.Errorf("%s: NewWriter gives %d bytes, the file has %d (err %v)", name, b.Len(), len(raw), err)
		}
		// An embedded reader already read from takes the generic path.
		r, _ = Open(name)
		var head [8]byte
		io.ReadFull(r, head[:])
		if _, err := Decompress(r); err == nil {
			t.Errorf("%s: read from the middle without error", name)
		}
	}
	if _, err := Open("no-such.bin.zst"); err == nil {
		t.Error("Open found a model that is not embedded")
	}
}

// BenchmarkDecompress decodes every embedded model both ways in
// alternation: as shipped (zstd, Decompress) and as the same content
// gzip-compressed at the best level, which is how the models were stored
// before session 10 (readGzip, sized from the trailer).
//
//	go test -run '^$' -bench Decompress -benchtime 5x ./model
func BenchmarkDecompress(b *testing.B) {
	var zs, gzs [][]byte
	for _, raw := range files {
		content, err := DecompressBytes(raw)
		if err != nil {
			b.Fatal(err)
		}
		var g bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&g, gzip.BestCompression)
		zw.Write(content)
		zw.Close()
		zs, gzs = append(zs, raw), append(gzs, g.Bytes())
	}
	b.Run("zstd", func(b *testing.B) {
		for b.Loop() {
			for _, z := range zs {
				if _, err := Decompress(BytesReader(z)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("gzip", func(b *testing.B) {
		for b.Loop() {
			for _, g := range gzs {
				if _, err := Decompress(bytes.NewReader(g)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
