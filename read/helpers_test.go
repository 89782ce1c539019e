package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// result is everything one read produced.
type result struct {
	docs  []*doc.Document
	errs  []*Error
	warns []Warning
	bytes int64
}

// errStrings and warnStrings make failures readable.
func (r result) errStrings() []string {
	var out []string
	for _, e := range r.errs {
		out = append(out, e.Error())
	}
	return out
}

func (r result) warnStrings() []string {
	var out []string
	for _, w := range r.warns {
		out = append(out, w.String())
	}
	return out
}

// read runs Reader over in as if it were the file name.
func read(t *testing.T, name string, in []byte, opt Options) result {
	t.Helper()
	var r result
	opt.Warn = func(w Warning) { r.warns = append(r.warns, w) }
	err := Reader(context.Background(), bytes.NewReader(in), name, opt, func(it Item) error {
		r.add(t, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Reader(%s): %v", name, err)
	}
	return r
}

// walk runs Walk over paths.
func walk(t *testing.T, paths []string, opt Options) result {
	t.Helper()
	var r result
	opt.Warn = func(w Warning) { r.warns = append(r.warns, w) }
	err := Walk(context.Background(), paths, opt, func(it Item) error {
		r.add(t, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return r
}

func (r *result) add(t *testing.T, it Item) {
	t.Helper()
	if (it.Doc == nil) == (it.Err == nil) {
		t.Fatalf("item must have exactly one of Doc and Err: %+v", it)
	}
	r.bytes += it.Bytes
	if it.Err != nil {
		r.errs = append(r.errs, it.Err)
		return
	}
	r.docs = append(r.docs, it.Doc)
}

// one expects exactly one document and no errors.
func (r result) one(t *testing.T) *doc.Document {
	t.Helper()
	if len(r.docs) != 1 || len(r.errs) != 0 {
		t.Fatalf("want one document, got %d documents, errors %q", len(r.docs), r.errStrings())
	}
	return r.docs[0]
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeFiles creates files (path → content) under dir, in the given order.
func writeFiles(t *testing.T, dir string, files [][2]string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f[0]))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f[1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func contains(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
