package event

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"

	eventdata "github.com/dyadproject/dyad/data/event"
)

// CameoCode is one CAMEO event code with what dyad reports about it.
type CameoCode struct {
	Code      string  // with leading zeros: "042"
	Name      string  // "Make a visit"
	Root      string  // two digits: "04"
	Quad      int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein float64 // -10 … +10
	// Plover, PloverMode and PloverContext are the PLOVER event type, mode
	// and context of the code ("" where PLOVER has none, as for 01x and 02x).
	Plover, PloverMode, PloverContext string
}

// PloverType is one of PLOVER's sixteen event types.
type PloverType struct {
	Name        string
	Quad        int
	Description string
}

type ontology struct {
	codes  map[string]CameoCode
	list   []string
	plover []PloverType
}

var (
	ontoOnce sync.Once
	onto     *ontology
	ontoErr  error
)

func loadOntology() (*ontology, error) {
	ontoOnce.Do(func() { onto, ontoErr = readOntology() })
	return onto, ontoErr
}

// readOntology parses the embedded tables: a few hundred short lines, read
// once in tens of microseconds.
func readOntology() (*ontology, error) {
	o := &ontology{codes: make(map[string]CameoCode, 400), list: make([]string, 0, 400)}
	err := eachRow("cameo.tsv", 6, func(f []string) error {
		q, err := strconv.Atoi(f[3])
		if err != nil {
			return err
		}
		g, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return err
		}
		o.codes[f[0]] = CameoCode{Code: f[0], Name: f[1], Root: f[2], Quad: q, Goldstein: g}
		o.list = append(o.list, f[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("cameo-plover.tsv", 4, func(f []string) error {
		c, ok := o.codes[f[0]]
		if !ok {
			// PLOVER lists codes CAMEO's file lacks (1213, 1214): keep
			// their mapping under the parent's weights.
			c, _ = o.derive(f[0])
			c.Code = f[0]
			o.list = append(o.list, f[0])
		}
		c.Plover, c.PloverMode, c.PloverContext = f[1], f[2], f[3]
		o.codes[f[0]] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("plover.tsv", 3, func(f []string) error {
		q, err := strconv.Atoi(f[1])
		if err != nil {
			return err
		}
		o.plover = append(o.plover, PloverType{Name: f[0], Quad: q, Description: f[2]})
		return nil
	})
	return o, err
}

func eachRow(name string, cols int, fn func([]string) error) error {
	b, err := eventdata.FS.ReadFile(name)
	if err != nil {
		return err
	}
	header := true
	line := 0
	for len(b) > 0 {
		line++
		var lb []byte
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			lb, b = b[:i], b[i+1:]
		} else {
			lb, b = b, nil
		}
		l := string(lb)
		if l == "" || l[0] == '#' {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < cols {
			return fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(f), cols)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	return nil
}

// derive describes a code the tables lack ("1951" in an old table, or a
// dictionary's private code) from its nearest listed parent.
func (o *ontology) derive(code string) (CameoCode, bool) {
	for p := code; len(p) >= 2; p = p[:len(p)-1] {
		if c, ok := o.codes[p]; ok {
			c.Code = code
			if p != code {
				c.Name = ""
			}
			return c, p == code
		}
	}
	root := code
	if len(root) > 2 {
		root = root[:2]
	}
	n, _ := strconv.Atoi(root)
	q := 4
	switch {
	case n <= 4:
		q = 1
	case n <= 8:
		q = 2
	case n <= 13:
		q = 3
	}
	return CameoCode{Code: code, Root: root, Quad: q}, false
}

// Cameo returns what the ontology says about a code. A code the tables do
// not list (a dictionary's private sub-code) takes its nearest parent's
// root, quad class, weight and PLOVER mapping, with ok false.
func Cameo(code string) (c CameoCode, ok bool) {
	o, err := loadOntology()
	if err != nil {
		return CameoCode{Code: code}, false
	}
	if c, ok := o.codes[code]; ok {
		return c, true
	}
	c, _ = o.derive(code)
	return c, false
}

// CameoCodes lists every code of the tables in CAMEO order, roots included.
func CameoCodes() []CameoCode {
	o, err := loadOntology()
	if err != nil {
		return nil
	}
	out := make([]CameoCode, 0, len(o.list))
	for _, c := range o.list {
		out = append(out, o.codes[c])
	}
	return out
}

// PloverTypes lists PLOVER's sixteen event types with their quad classes.
func PloverTypes() []PloverType {
	o, err := loadOntology()
	if err != nil {
		return nil
	}
	return append([]PloverType(nil), o.plover...)
}

// OntologyError reports a problem reading the embedded tables (nil normally).
func OntologyError() error {
	_, err := loadOntology()
	return err
}
