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

func TestReadGzip(t *testing.T) {
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
			got, err := ReadGzip(r)
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
			s, err := ReadGzipString(r)
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
	if got, err := ReadGzip(r); err != nil || string(got) != long {
		t.Errorf("after a prefix: got %d bytes, err %v", len(got), err)
	}
	if _, err := ReadGzip(strings.NewReader("not gzip")); err == nil {
		t.Error("ReadGzip accepted garbage")
	}
}

func TestOpenEmbedded(t *testing.T) {
	r, err := Open("lemma.bin.gz")
	if err != nil {
		t.Skipf("no embedded lemmatizer: %v", err)
	}
	if _, ok := r.(io.ReadSeeker); !ok {
		t.Fatal("embedded model reader cannot seek: ReadGzip cannot size its buffer")
	}
	got, err := ReadGzip(r)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := files.ReadFile("lemma.bin.gz")
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	want, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, want) || len(want) == 0 {
		t.Fatalf("embedded lemmatizer: %d bytes, want %d (err %v)", len(got), len(want), err)
	}
	if _, err := Open("no-such.bin.gz"); err == nil {
		t.Error("Open found a model that is not embedded")
	}
}
