package eval

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

// TimeMLDoc is one TimeML document rebuilt as raw text: the text inside
// <TEXT> with every tag removed and entities decoded, its document creation
// time and its gold TIMEX3 spans as byte offsets in that text.
type TimeMLDoc struct {
	ID   string
	Path string
	DCT  string // YYYY-MM-DD, or "" when the document has none
	Text string
	Gold []doc.Timex
	// GoldIDs are the tid of each Gold expression; DCTID is the tid of
	// the creation time.
	GoldIDs []string
	DCTID   string
	// Events are the EVENT spans, Instances map an event instance (eiid)
	// to its event (eid) and TLinks are the temporal links.
	Events    []TimeMLEvent
	Instances map[string]TimeMLInstance
	TLinks    []TLink
}

// TimeMLEvent is an EVENT element: its id and byte span in Text.
type TimeMLEvent struct {
	ID         string
	Start, End int
	Class      string
}

// TimeMLInstance is a MAKEINSTANCE: the event it instantiates and its tense.
type TimeMLInstance struct {
	EventID string
	Tense   string // PAST PRESENT FUTURE NONE ...
}

// TLink is a TLINK between an event instance or a time (tid) and another.
type TLink struct {
	RelType                   string
	EventInstance, Time       string // the first argument (one is set)
	RelatedInstance, RelatedT string // the second argument (one is set)
}

// ReadTimeML reads a TimeML (.tml) file.
func ReadTimeML(path string) (TimeMLDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return TimeMLDoc{}, err
	}
	d, err := ParseTimeML(string(b))
	if err != nil {
		return d, fmt.Errorf("%s: %w", path, err)
	}
	d.Path = path
	if d.ID == "" {
		d.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return d, nil
}

// ParseTimeML parses the text of a TimeML document. The document creation
// time is the value of the TIMEX3 whose functionInDocument is CREATION_TIME
// (in TimeBank and AQUAINT it sits in <DCT>), cut to its date.
func ParseTimeML(src string) (TimeMLDoc, error) {
	var d TimeMLDoc
	if i := strings.Index(src, "<DOCID>"); i >= 0 {
		if j := strings.Index(src[i:], "</DOCID>"); j >= 0 {
			d.ID = strings.TrimSpace(src[i+len("<DOCID>") : i+j])
		}
	}
	// Document creation time.
	for tag := range tagsFrom(src, "<TIMEX3") {
		if attr(tag, "functionInDocument") == "CREATION_TIME" {
			d.DCTID = attr(tag, "tid")
			v := attr(tag, "value")
			if len(v) >= 10 {
				v = v[:10]
			}
			d.DCT = v
			break
		}
	}
	start := strings.Index(src, "<TEXT>")
	end := strings.LastIndex(src, "</TEXT>")
	if start < 0 || end < start {
		return d, errors.New("no <TEXT> element")
	}
	body := src[start+len("<TEXT>") : end]

	var b strings.Builder
	type open struct {
		start            int
		typ, value, id   string
		isTimex, isEvent bool
	}
	var stack []open
	for i := 0; i < len(body); {
		c := body[i]
		switch c {
		case '<':
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return d, errors.New("unterminated tag in <TEXT>")
			}
			tag := body[i : i+j+1]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "<!--") || strings.HasPrefix(tag, "<?"):
			case strings.HasPrefix(tag, "</"):
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.isTimex {
					s, e := trimSpan(b.String(), o.start, b.Len())
					d.Gold = append(d.Gold, doc.Timex{Start: s, End: e, Type: o.typ, Value: o.value})
					d.GoldIDs = append(d.GoldIDs, o.id)
				}
				if o.isEvent {
					s, e := trimSpan(b.String(), o.start, b.Len())
					d.Events = append(d.Events, TimeMLEvent{ID: o.id, Start: s, End: e, Class: o.typ})
				}
			case strings.HasSuffix(tag, "/>"):
			default:
				name := tag[1:]
				if k := strings.IndexAny(name, " \t\r\n>"); k >= 0 {
					name = name[:k]
				}
				o := open{start: b.Len()}
				switch name {
				case "TIMEX3":
					o.isTimex = true
					o.typ = attr(tag, "type")
					o.value = attr(tag, "value")
					o.id = attr(tag, "tid")
				case "EVENT":
					o.isEvent = true
					o.typ = attr(tag, "class")
					o.id = attr(tag, "eid")
				}
				stack = append(stack, o)
			}
		case '&':
			j := strings.IndexByte(body[i:], ';')
			if j > 0 && j < 12 {
				if r, ok := entity(body[i+1 : i+j]); ok {
					b.WriteString(r)
					i += j + 1
					continue
				}
			}
			b.WriteByte(c)
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	d.Text = b.String()
	for k := range d.Gold {
		g := &d.Gold[k]
		g.Text = d.Text[g.Start:g.End]
	}
	idx := make([]int, len(d.Gold))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return d.Gold[idx[a]].Start < d.Gold[idx[b]].Start })
	gold, ids := make([]doc.Timex, len(idx)), make([]string, len(idx))
	for i, k := range idx {
		gold[i], ids[i] = d.Gold[k], d.GoldIDs[k]
	}
	d.Gold, d.GoldIDs = gold, ids
	// Instances and temporal links, after </TEXT>.
	rest := src[end:]
	d.Instances = map[string]TimeMLInstance{}
	for tag := range tagsFrom(rest, "<") {
		switch {
		case strings.HasPrefix(tag, "<MAKEINSTANCE"):
			d.Instances[attr(tag, "eiid")] = TimeMLInstance{EventID: attr(tag, "eventID"), Tense: attr(tag, "tense")}
		case strings.HasPrefix(tag, "<TLINK"):
			d.TLinks = append(d.TLinks, TLink{
				RelType:         attr(tag, "relType"),
				EventInstance:   attr(tag, "eventInstanceID"),
				Time:            attr(tag, "timeID"),
				RelatedInstance: attr(tag, "relatedToEventInstance"),
				RelatedT:        attr(tag, "relatedToTime"),
			})
		}
	}
	return d, nil
}

// tagsFrom yields, in order, the tags of src that begin with prefix ("<" for
// every tag), each from its prefix to its '>', and stops at the first one
// that has no '>'.
func tagsFrom(src, prefix string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for off := 0; ; {
			i := strings.Index(src[off:], prefix)
			if i < 0 {
				return
			}
			i += off
			j := strings.IndexByte(src[i:], '>')
			if j < 0 {
				return
			}
			off = i + j + 1
			if !yield(src[i:off]) {
				return
			}
		}
	}
}

// attr returns the value of attribute name in an XML start tag.
func attr(tag, name string) string {
	for off := 0; ; {
		i := strings.Index(tag[off:], name+"=")
		if i < 0 {
			return ""
		}
		i += off
		if i > 0 && tag[i-1] != ' ' && tag[i-1] != '\t' && tag[i-1] != '\n' {
			off = i + len(name)
			continue
		}
		v := tag[i+len(name)+1:]
		if len(v) == 0 {
			return ""
		}
		q := v[0]
		if q != '"' && q != '\'' {
			return ""
		}
		k := strings.IndexByte(v[1:], q)
		if k < 0 {
			return ""
		}
		s := v[1 : 1+k]
		if strings.IndexByte(s, '&') >= 0 {
			s = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(s)
		}
		return s
	}
}

// entity decodes an XML entity name (without & and ;).
func entity(name string) (string, bool) {
	switch name {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	if len(name) > 1 && name[0] == '#' {
		var n int64
		var err error
		if name[1] == 'x' || name[1] == 'X' {
			n, err = strconv.ParseInt(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseInt(name[1:], 10, 32)
		}
		if err == nil && n > 0 {
			return string(rune(n)), true
		}
	}
	return "", false
}

// trimSpan narrows [s, e) of text to exclude surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	return s, e
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// TimexScore is the TempEval-3 style score of the temporal tagger.
type TimexScore struct {
	Docs int
	// Strict counts exact span matches, Relaxed overlapping ones (each gold
	// and each predicted expression matched at most once).
	Strict, Relaxed PRF
	// TypeCorrect and ValueCorrect count relaxed matches whose type or
	// value equals the gold one. Type and value F1 follow TempEval-3: those
	// counts over the predicted and the gold expressions.
	TypeCorrect, ValueCorrect int
	// NoDCT counts documents without a creation time.
	NoDCT int
}

// TypeAccuracy is the share of relaxed matches with the gold type.
func (s TimexScore) TypeAccuracy() float64 { return ratio(s.TypeCorrect, s.Relaxed.Correct) }

// ValueAccuracy is the share of relaxed matches with the gold value.
func (s TimexScore) ValueAccuracy() float64 { return ratio(s.ValueCorrect, s.Relaxed.Correct) }

// Type is the type attribute as a TempEval-3 PRF.
func (s TimexScore) Type() PRF {
	return PRF{Gold: s.Relaxed.Gold, Pred: s.Relaxed.Pred, Correct: s.TypeCorrect}
}

// Value is the value attribute as a TempEval-3 PRF; its F1 is the
// headline "value F1".
func (s TimexScore) Value() PRF {
	return PRF{Gold: s.Relaxed.Gold, Pred: s.Relaxed.Pred, Correct: s.ValueCorrect}
}

// Add sums two scores.
func (s TimexScore) Add(t TimexScore) TimexScore {
	return TimexScore{
		Docs:         s.Docs + t.Docs,
		Strict:       s.Strict.Add(t.Strict),
		Relaxed:      s.Relaxed.Add(t.Relaxed),
		TypeCorrect:  s.TypeCorrect + t.TypeCorrect,
		ValueCorrect: s.ValueCorrect + t.ValueCorrect,
		NoDCT:        s.NoDCT + t.NoDCT,
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TimexPair is a gold expression and the predicted one matched to it.
type TimexPair struct {
	Gold, Pred doc.Timex
}

// TimexMatch aligns predicted with gold expressions (both sorted by Start).
// It returns the relaxed pairs (overlapping spans, one to one, an exact
// span preferred), the number of exact-span pairs, and the unmatched gold
// and predicted expressions.
func TimexMatch(gold, pred []doc.Timex) (pairs []TimexPair, exact int, missed, extra []doc.Timex) {
	used := make([]bool, len(pred))
	goldUsed := make([]bool, len(gold))
	// Exact spans first, so that an exact match is never lost to a
	// neighbouring overlap.
	for gi, g := range gold {
		for pi, p := range pred {
			if !used[pi] && p.Start == g.Start && p.End == g.End {
				used[pi], goldUsed[gi] = true, true
				pairs = append(pairs, TimexPair{g, p})
				exact++
				break
			}
		}
	}
	for gi, g := range gold {
		if goldUsed[gi] {
			continue
		}
		best, bestOv := -1, 0
		for pi, p := range pred {
			if used[pi] || p.End <= g.Start || p.Start >= g.End {
				continue
			}
			ov := min(p.End, g.End) - max(p.Start, g.Start)
			if ov > bestOv {
				best, bestOv = pi, ov
			}
		}
		if best >= 0 {
			used[best], goldUsed[gi] = true, true
			pairs = append(pairs, TimexPair{g, pred[best]})
		}
	}
	for gi, g := range gold {
		if !goldUsed[gi] {
			missed = append(missed, g)
		}
	}
	for pi, p := range pred {
		if !used[pi] {
			extra = append(extra, p)
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].Gold.Start < pairs[b].Gold.Start })
	return pairs, exact, missed, extra
}

// ScoreTimexDoc scores predicted against gold expressions of one document.
func ScoreTimexDoc(gold, pred []doc.Timex) TimexScore {
	pairs, exact, _, _ := TimexMatch(gold, pred)
	s := TimexScore{Docs: 1}
	s.Strict = PRF{Gold: len(gold), Pred: len(pred), Correct: exact}
	s.Relaxed = PRF{Gold: len(gold), Pred: len(pred), Correct: len(pairs)}
	for _, p := range pairs {
		if p.Gold.Type == p.Pred.Type {
			s.TypeCorrect++
		}
		if p.Gold.Value == p.Pred.Value {
			s.ValueCorrect++
		}
	}
	return s
}

// TagTimeML runs dyad on a TimeML document's raw text with its creation
// time as the publication date and returns the predicted expressions.
func TagTimeML(td TimeMLDoc) []doc.Timex {
	d := doc.Document{ID: td.ID, Text: td.Text, Date: td.DCT}
	segment.Segment(&d)
	timex.Tag(&d)
	return d.Timexes
}

// ScoreTimeML tags and scores TimeML documents.
func ScoreTimeML(docs []TimeMLDoc) TimexScore {
	var s TimexScore
	for _, td := range docs {
		x := ScoreTimexDoc(td.Gold, TagTimeML(td))
		if td.DCT == "" {
			x.NoDCT = 1
		}
		s = s.Add(x)
	}
	return s
}

// ReadTimeMLDir reads the .tml files directly in dir, in name order.
func ReadTimeMLDir(dir string) ([]TimeMLDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	docs := make([]TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		d, err := ReadTimeML(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// timeMLFolders returns the folders under dir (dir included) that hold
// .tml files, in path order.
func timeMLFolders(dir string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".tml") {
			f := filepath.Dir(p)
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// RunTimex scores the temporal tagger on the TimeML (.tml) files under dir
// and writes one report per folder holding .tml files (TimeBank, AQUAINT,
// ...) to w, plus their total when there are several.
func RunTimex(dir string, w io.Writer) error {
	folders, err := timeMLFolders(dir)
	if err != nil {
		return err
	}
	if len(folders) == 0 {
		return fmt.Errorf("no .tml files under %s", dir)
	}
	var total TimexScore
	for _, f := range folders {
		docs, err := ReadTimeMLDir(f)
		if err != nil {
			return err
		}
		s := ScoreTimeML(docs)
		name, _ := filepath.Rel(dir, f)
		if name == "." || name == "" {
			name = f
		}
		WriteTimexReport(w, name, s)
		if filepath.Base(f) == "AQUAINT" {
			dev, test := SplitAQUAINT(docs)
			WriteTimexReport(w, name+"-dev (even files)", ScoreTimeML(dev))
			WriteTimexReport(w, name+"-test (odd files, held out)", ScoreTimeML(test))
		}
		total = total.Add(s)
	}
	if len(folders) > 1 {
		WriteTimexReport(w, "all", total)
	}
	return nil
}

// SplitAQUAINT splits AQUAINT by file into a development half and a test
// half: in sorted file-name order, even positions (0, 2, ...) are dev and
// odd ones test. Rules are tuned on TimeBank and AQUAINT-dev only; the test
// half is reported untouched.
func SplitAQUAINT(docs []TimeMLDoc) (dev, test []TimeMLDoc) {
	sorted := append([]TimeMLDoc(nil), docs...)
	sort.SliceStable(sorted, func(a, b int) bool {
		return filepath.Base(sorted[a].Path) < filepath.Base(sorted[b].Path)
	})
	for i, d := range sorted {
		if i%2 == 0 {
			dev = append(dev, d)
		} else {
			test = append(test, d)
		}
	}
	return dev, test
}

// WriteTimexReport prints a TimexScore for people.
func WriteTimexReport(w io.Writer, name string, s TimexScore) {
	fmt.Fprintf(w, "timex: %s\n", name)
	fmt.Fprintf(w, "  %d documents", s.Docs)
	if s.NoDCT > 0 {
		fmt.Fprintf(w, " (%d without a creation time)", s.NoDCT)
	}
	fmt.Fprintf(w, ", %d gold expressions, %d predicted\n", s.Relaxed.Gold, s.Relaxed.Pred)
	row := func(label string, x PRF) {
		fmt.Fprintf(w, "  %-13s correct %5d   P %6.2f  R %6.2f  F1 %6.2f\n",
			label, x.Correct, 100*x.P(), 100*x.R(), 100*x.F1())
	}
	row("strict span", s.Strict)
	row("relaxed span", s.Relaxed)
	row("type", s.Type())
	row("value", s.Value())
	fmt.Fprintf(w, "  over relaxed matches: type accuracy %6.2f  value accuracy %6.2f\n",
		100*s.TypeAccuracy(), 100*s.ValueAccuracy())
}
