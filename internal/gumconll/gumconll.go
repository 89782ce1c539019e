// Package gumconll reads the coreference files of the GUM corpus: CoNLL
// lines of tab-separated columns (number, word, entity brackets), with
// comment lines that start with '#'. The actor stage trains its named-entity
// tagger on them and eval scores pronoun resolution against them; both read
// the lines and the bracket column through this package.
package gumconll

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Read calls comment for every comment line of the file at path (when
// comment is not nil) and row for every token line, with its 1-based line
// number and its columns; a token line must have at least three. Blank
// lines are passed over. It stops at the first error row returns.
func Read(path string, comment func(text string), row func(line int, cols []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			if t != "" && comment != nil {
				comment(t)
			}
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) < 3 {
			return fmt.Errorf("%s:%d: want 3 tab-separated columns", path, line)
		}
		if err := row(line, cols); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Marks calls mark for every entity bracket of a coreference column such as
// "(person-3(place-7)" or "person-3)": its key ("person-3", "place-7") and
// whether the bracket opens the mention, closes it, or both. Empty keys are
// passed over. It stops at the first error mark returns.
func Marks(col string, mark func(key string, opening, closing bool) error) error {
	for p := 0; p < len(col); {
		opening := col[p] == '('
		if opening {
			p++
		}
		q := p
		for q < len(col) && col[q] != '(' && col[q] != ')' {
			q++
		}
		key := col[p:q]
		closing := q < len(col) && col[q] == ')'
		if closing {
			q++
		}
		p = q
		if key == "" {
			continue
		}
		if err := mark(key, opening, closing); err != nil {
			return err
		}
	}
	return nil
}
