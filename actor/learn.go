package actor

// Learning KB rows from a corpus (`dyad actors learn DIR`). The actor stage
// reports every person it saw named with an explicit title (Titled):
// "Kenyan Foreign Minister Musalia Mudavadi", "Musalia Mudavadi, Kenya's
// foreign minister". A Learner aggregates them per (name, country, code) and
// proposes
//
//   - a new person (persons row + roles row) when the KB does not know the
//     name, provided it has at least two words (a lone surname names no one
//     reliably);
//   - a new role for a known person when the title gives a code other than
//     the person's KB code at that date.
//
// The proposal is two TSV files in the KB's own formats (persons-*.tsv,
// roles-*.tsv), each row preceded by comment lines with its count, first and
// last dates seen and up to three example sentences, for a person to review
// and copy into data/kb. A proposed role starts at the first date it was
// seen and ends at the last (widen them when you know better).

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Proposal is one proposed KB row.
type Proposal struct {
	ID       string // the KB id of a known person; a new "learn:" id otherwise
	Known    bool   // the person is in the KB (a new role only)
	Name     string
	Country  string
	Code     string // country + sector from the title
	Title    string // the title as written ("Foreign Minister")
	Class    string // role class (HOS, FOREIGN, CABINET, MILITARY, …)
	KBCode   string // the person's KB code where the title disagrees
	Count    int
	First    string // first and last publication dates seen ("" undated)
	Last     string
	Examples []string // up to three sentences
}

// Learner aggregates titled mentions over documents. It is not safe for
// concurrent use: call Add from one goroutine.
type Learner struct {
	props map[string]*Proposal
	docs  int
	seen  int
}

// NewLearner returns an empty Learner.
func NewLearner() *Learner { return &Learner{props: map[string]*Proposal{}} }

// Add records the titled people of one resolved document.
func (l *Learner) Add(d *doc.Document, ts []Titled) {
	l.docs++
	for _, t := range ts {
		l.seen++
		if t.Country == "" || t.Sector == "" {
			continue
		}
		code := t.Country + t.Sector
		if t.ID != "" && t.KBCode == code {
			continue // the KB already says so
		}
		name := strings.Join(strings.Fields(t.Name), " ")
		if t.ID == "" && (len(strings.Fields(name)) < 2 || !capitalised(name)) {
			continue
		}
		key := strings.ToLower(foldString(name)) + "\t" + code
		if t.ID != "" {
			key = t.ID + "\t" + code
		}
		p := l.props[key]
		if p == nil {
			p = &Proposal{ID: t.ID, Known: t.ID != "", Name: name, Country: t.Country, Code: code,
				Title: t.Title, Class: roleClass(t.Role+" "+t.Title, t.Sector), KBCode: t.KBCode}
			if !p.Known {
				p.ID = "learn:" + slug(name)
			}
			l.props[key] = p
		}
		p.Count++
		if d.Date != "" {
			if p.First == "" || d.Date < p.First {
				p.First = d.Date
			}
			if d.Date > p.Last {
				p.Last = d.Date
			}
		}
		if len(p.Examples) < 3 && t.Sentence < len(d.Sentences) {
			s := d.Sentences[t.Sentence]
			ex := strings.Join(strings.Fields(d.Text[s.Start:s.End]), " ")
			if !slices.Contains(p.Examples, ex) {
				p.Examples = append(p.Examples, ex)
			}
		}
	}
}

func capitalised(name string) bool {
	for _, w := range strings.Fields(name) {
		if w[0] >= 'a' && w[0] <= 'z' && len(w) > 3 {
			return false // "Farmer Joe" yes, "the minister said" no
		}
	}
	return true
}

// Proposals returns the proposals, most often seen first.
func (l *Learner) Proposals() []Proposal {
	out := make([]Proposal, 0, len(l.props))
	for _, p := range l.props {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b Proposal) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.ID+a.Code, b.ID+b.Code)
	})
	return out
}

// Summary describes what was seen and proposed.
func (l *Learner) Summary() string {
	ps := l.Proposals()
	newP, roles := 0, 0
	for _, p := range ps {
		if p.Known {
			roles++
		} else {
			newP++
		}
	}
	return fmt.Sprintf("%d documents, %d titled mentions: %d new people, %d new roles of known people proposed",
		l.docs, l.seen, newP, roles)
}

// WriteTSV writes the proposals in the KB's formats: persons rows (new
// people only) to persons, roles rows to roles. minCount drops proposals
// seen fewer times.
func (l *Learner) WriteTSV(persons, roles io.Writer, minCount int) error {
	pw, rw := bufio.NewWriter(persons), bufio.NewWriter(roles)
	fmt.Fprintln(pw, "# People named with a title in running text and unknown to the KB, proposed by `dyad actors learn`.")
	fmt.Fprintln(pw, "# Review each row (name, country; replace the learn: id by a Wikidata id where there is one)")
	fmt.Fprintln(pw, "# before adding it to data/kb/persons.tsv, with its role from the roles file.")
	fmt.Fprintln(pw, "id\tname\tcountry\tnames\tsource")
	fmt.Fprintln(rw, "# Roles seen in running text that the KB lacks, proposed by `dyad actors learn`: start and end are")
	fmt.Fprintln(rw, "# the first and last publication dates the title was seen with the name; widen them when known.")
	fmt.Fprintln(rw, "id\tcode\ttitle\tclass\tstart\tend\tsource")
	for _, p := range l.Proposals() {
		if p.Count < minCount {
			continue
		}
		note := fmt.Sprintf("# %s: seen %d× %s … %s", p.Name, p.Count, orDash(p.First), orDash(p.Last))
		if p.Known {
			note += fmt.Sprintf("; KB code at the date %s", orDash(p.KBCode))
		}
		comments := []string{note}
		for _, ex := range p.Examples {
			comments = append(comments, "#   "+ex)
		}
		if !p.Known {
			for _, c := range comments {
				fmt.Fprintln(pw, c)
			}
			fmt.Fprintf(pw, "%s\t%s\t%s\t\tdyad-learn\n", p.ID, tsvField(p.Name), p.Country)
		}
		for _, c := range comments {
			fmt.Fprintln(rw, c)
		}
		fmt.Fprintf(rw, "%s\t%s\t%s\t%s\t%s\t%s\tdyad-learn;seen=%d\n",
			p.ID, p.Code, tsvField(p.Title), p.Class, p.First, p.Last, p.Count)
	}
	if err := pw.Flush(); err != nil {
		return fmt.Errorf("writing persons: %w", err)
	}
	if err := rw.Flush(); err != nil {
		return fmt.Errorf("writing roles: %w", err)
	}
	return nil
}

func tsvField(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r == '|' {
			return ' '
		}
		return r
	}, s)
}

// slug is a lower-case ASCII id part for a name.
func slug(name string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(foldString(name)) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// roleClass maps a title's role (sectors.tsv) to a roles-file class: the
// class of the first of roleClasses whose word the role contains, else the
// class of the sector, else OTHER.
func roleClass(role, sector string) string {
	r := strings.ToLower(role)
	for _, rc := range roleClasses {
		if strings.Contains(r, rc.word) {
			return rc.class
		}
	}
	if c, ok := sectorClasses[sector]; ok {
		return c
	}
	return "OTHER"
}

// roleClasses are the words of a role that name its class, most specific
// first.
var roleClasses = []struct{ word, class string }{
	{"head of state", "HOS"},
	{"head of government", "HOG"},
	{"deputy", "DEPUTY_HOG"},
	{"foreign", "FOREIGN"},
	{"defence", "DEFENCE"},
	{"defense", "DEFENCE"},
	{"interior", "INTERIOR"},
	{"finance", "FINANCE"},
	{"ambassador", "AMBASSADOR"},
	{"minister", "CABINET"},
}

// sectorClasses are the classes, by the title's sector, of roles that no
// word of roleClasses names.
var sectorClasses = map[string]string{
	"MIL": "MILITARY",
	"JUD": "JUDICIARY",
	"LEG": "LEGISLATURE",
	"ELI": "ELI",
}
