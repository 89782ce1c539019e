// Package model embeds dyad's trained models so that the binary needs no
// files beside it. Each model is a gzip-compressed file written by its
// package's Save method and rebuilt by `dyad train ...`; the figures a model
// reached are recorded in the .txt file beside it.
package model

import (
	"bytes"
	"embed"
	"fmt"
	"io"
)

//go:embed *.bin.gz
var files embed.FS

// Open returns the embedded model file name (e.g. "parser.bin.gz").
func Open(name string) (io.Reader, error) {
	b, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("model %s is not embedded in this binary: %w", name, err)
	}
	return bytes.NewReader(b), nil
}
