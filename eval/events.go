package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/syntax"
)

// PetrarchSuite is a PETRARCH or UD-PETRARCH validation file: the
// dictionaries its <Environment> names (paths made absolute) and its records.
type PetrarchSuite struct {
	Path                           string
	Verbfile, Actorfile, Agentfile string
	Discardfile, PICOfile          string
	Include                        []string // categories scored; empty = all
	Records                        []PetrarchRecord
	// PetrarchTwo is set for a suite whose expected events PETRARCH-2
	// wrote (it ships constituency parses and names its dictionaries:
	// petrarch2-unit), not UD-PETRARCH (udpetrarch-2_02 and hybrid-2_02,
	// which joins 2_02's codes to constituency parses). The two programs
	// differ in conventions the coder follows: PETRARCH-2 splits a code
	// written "ELR/GAL" into two actors and lets a pattern's words before
	// the verb match its auxiliaries, adverbs and governing verbs, and its
	// words after the verb anywhere in the clause.
	PetrarchTwo bool
}

// PetrarchRecord is one <Sentence> of a validation file.
type PetrarchRecord struct {
	ID, Category string
	Date         string // YYYY-MM-DD
	Evaluate     bool   // false for evaluate="false": the suite skips the record
	Text         string
	CoNLLU       string // the UD parse it ships, if any
	Expected     []SuiteEvent
	// NoEvents is set for records that expect nothing: noevents="True" or an
	// error (discard, bad input) the coder should stop at.
	NoEvents bool
	Error    string
}

// SuiteEvent is an event as the suites compare them: code, source and
// target codes.
type SuiteEvent struct{ Code, Source, Target string }

func (e SuiteEvent) String() string { return e.Code + " " + e.Source + " " + e.Target }

var (
	evSentenceRe = regexp.MustCompile(`(?s)<Sentence\s([^>]*)>(.*?)</Sentence>`)
	evAttrRe     = regexp.MustCompile(`(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	evCodingRe   = regexp.MustCompile(`<EventCoding\s([^>]*?)/?>`)
	evTagRe      = func(tag string) *regexp.Regexp { return regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`) }
	evTextRe     = evTagRe("Text")
	evParseRe    = evTagRe("Parse")
	evEnvRe      = evTagRe("Environment")
	evCommentRe  = regexp.MustCompile(`(?s)<!--.*?-->`)
	evCodeRe     = regexp.MustCompile(`^\d{2,4}$`)
)

// ReadPetrarchSuite reads a validation file. The files are not well-formed
// XML (PLOVER lines hold raw JSON), so they are read by pattern, as the
// suites' own scripts do.
func ReadPetrarchSuite(path string) (*PetrarchSuite, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	src := evCommentRe.ReplaceAllString(string(b), "")
	s := &PetrarchSuite{Path: path}
	dir := filepath.Dir(path)
	if m := evEnvRe.FindStringSubmatch(src); m != nil {
		get := func(tag string) string {
			mm := evTagRe(tag).FindStringSubmatch(m[1])
			if mm == nil || strings.TrimSpace(mm[1]) == "" {
				return ""
			}
			return filepath.Join(dir, strings.TrimSpace(mm[1]))
		}
		s.Verbfile, s.Actorfile, s.Agentfile = get("Verbfile"), get("Actorfile"), get("Agentfile")
		s.Discardfile, s.PICOfile = get("Discardfile"), get("PICOfile")
		if mm := evTagRe("Include").FindStringSubmatch(m[1]); mm != nil {
			for _, c := range strings.Fields(mm[1]) {
				if c != "valid" {
					s.Include = append(s.Include, c)
				}
			}
		}
	}
	for _, m := range evSentenceRe.FindAllStringSubmatch(src, -1) {
		attrs := evAttrs(m[1])
		r := PetrarchRecord{ID: attrs["id"], Category: attrs["category"], Evaluate: !strings.EqualFold(attrs["evaluate"], "false")}
		r.Date = suiteDate(attrs["date"])
		body := m[2]
		if t := evTextRe.FindStringSubmatch(body); t != nil {
			r.Text = strings.Join(strings.Fields(xmlUnescape(t[1])), " ")
		}
		if p := evParseRe.FindStringSubmatch(body); p != nil && looksCoNLLU(p[1]) {
			r.CoNLLU = p[1]
		}
		for _, c := range evCodingRe.FindAllStringSubmatch(body, -1) {
			a := evAttrs(c[1])
			switch {
			case strings.EqualFold(a["noevents"], "true"):
				r.NoEvents = true
			case a["error"] != "":
				r.NoEvents, r.Error = true, a["error"]
			case a["eventcode"] != "":
				r.Expected = append(r.Expected, SuiteEvent{Code: a["eventcode"],
					Source: nullCode(xmlUnescape(a["sourcecode"])), Target: nullCode(xmlUnescape(a["targetcode"]))})
			}
		}
		s.Records = append(s.Records, r)
	}
	if len(s.Records) == 0 {
		return nil, fmt.Errorf("%s: no <Sentence> records", path)
	}
	s.PetrarchTwo = s.Verbfile != "" && !s.HasUD()
	if s.Verbfile == "" {
		// A file with no <Environment> (hybrid-2_02) is coded with the
		// dictionaries of the suite it was made from, when they sit beside it.
		if dir := filepath.Join(dir, "..", "udpetrarch-2_02"); strings.Contains(filepath.Base(path), "2_02") {
			s.UseDictionaries(dir)
		}
	}
	return s, nil
}

// UseDictionaries points the suite at the dictionaries in dir, found by
// name: *verbs*, *actors*, *agents*, *discards* and *Ontology* (PICO)
// files. Names dir holds none of are left as they were.
func (s *PetrarchSuite) UseDictionaries(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		n, full := strings.ToLower(e.Name()), filepath.Join(dir, e.Name())
		switch {
		case e.IsDir() || !strings.HasSuffix(n, ".txt"):
		case strings.Contains(n, "verbs"):
			s.Verbfile = full
		case strings.Contains(n, "actors"):
			s.Actorfile = full
		case strings.Contains(n, "agents"):
			s.Agentfile = full
		case strings.Contains(n, "discards"):
			s.Discardfile = full
		case strings.Contains(n, "ontology"):
			s.PICOfile = full
		}
	}
}

// HasUD reports whether the suite ships UD (CoNLL-U) parses.
func (s *PetrarchSuite) HasUD() bool {
	for i := range s.Records {
		if s.Records[i].CoNLLU != "" {
			return true
		}
	}
	return false
}

// looksCoNLLU tells a CoNLL-U parse from a bracketed constituency parse.
func looksCoNLLU(s string) bool {
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		return l[0] >= '1' && l[0] <= '9' && strings.Contains(l, "\t")
	}
	return false
}

func evAttrs(s string) map[string]string {
	out := map[string]string{}
	for _, m := range evAttrRe.FindAllStringSubmatch(s, -1) {
		out[m[1]] = m[2] + m[3] // one of the two quotings is empty
	}
	return out
}

// nullCode writes a missing actor as the suites do: "---" ("~" alone is an
// isolated agent with no actor).
func nullCode(c string) string {
	c = strings.TrimSpace(c)
	if c == "" {
		return "---"
	}
	return strings.ReplaceAll(c, "~", "---")
}

func suiteDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 8 {
		return s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	return s
}

func xmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(s)
}

// Included reports whether the suite scores record r: its category is in
// <Include> (when the file has one) and it is not marked evaluate="false".
func (s *PetrarchSuite) Included(r *PetrarchRecord) bool {
	if !r.Evaluate {
		return false
	}
	if len(s.Include) == 0 {
		return true
	}
	for _, c := range s.Include {
		if c == r.Category {
			return true
		}
	}
	return false
}

// Parser turns a sentence's raw text into a document with tokens, tags and
// a dependency parse (UD relations in Token.Head and Deprel), for suites
// that ship no UD parse or to score dyad's own parse.
type Parser func(text string) (*doc.Document, error)

// DyadParser is dyad's own segment and syntax stages as a Parser: the raw
// text is split into sentences and tokens, then tagged, lemmatized and
// parsed with the embedded models.
func DyadParser() (Parser, error) {
	m, err := syntax.Embedded()
	if err != nil {
		return nil, fmt.Errorf("dyad parser: %w", err)
	}
	return func(text string) (*doc.Document, error) {
		d := &doc.Document{Text: text}
		segment.Segment(d)
		m.Annotate(d)
		return d, nil
	}, nil
}

// SuiteOptions tune RunPetrarchSuiteWith.
type SuiteOptions struct {
	// Parser parses the raw sentences; with UseParser it replaces the UD
	// parses a suite ships, otherwise it is used only where there are none.
	Parser    Parser
	UseParser bool
	// Verbs, Actors, Agents override the dictionaries the suite names
	// (needed for a file without an <Environment>, such as hybrid-2_02).
	Verbs, Actors, Agents string
	// Details, when set, receives each scored record's expected and coded
	// events (the debugging listing).
	Details io.Writer
	// Only, when set, limits the run to the records it accepts (the index
	// is the record's position among the scored records).
	Only func(i int, r *PetrarchRecord) bool
	// DictDir, when set, replaces the suite's dictionaries with those in
	// the directory (see PetrarchSuite.UseDictionaries).
	DictDir string
}

// SuiteCounts are the tallies of one category (or of a total).
type SuiteCounts struct {
	Records      int
	Expected     int // expected events; a record expecting none counts one "no event"
	Found        int
	ExtraRecords int // records with at least one coded event not expected
	ExtraEvents  int
	Exact        int // records whose coded events are exactly the expected ones
}

// FoundShare is the share of expected events found.
func (c SuiteCounts) FoundShare() float64 { return evRatio(c.Found, c.Expected) }

// ExtraShare is the share of records with extra events.
func (c SuiteCounts) ExtraShare() float64 { return evRatio(c.ExtraRecords, c.Records) }

// ExactShare is the share of records coded exactly right.
func (c SuiteCounts) ExactShare() float64 { return evRatio(c.Exact, c.Records) }

func (c *SuiteCounts) add(o SuiteCounts) {
	c.Records += o.Records
	c.Expected += o.Expected
	c.Found += o.Found
	c.ExtraRecords += o.ExtraRecords
	c.ExtraEvents += o.ExtraEvents
	c.Exact += o.Exact
}

func evRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SuiteResult is the outcome of a suite run.
type SuiteResult struct {
	Skipped    string // why the suite was not run ("" when it was)
	Categories []string
	ByCategory map[string]SuiteCounts
	// Development and HeldOut split the scored records: for a suite that
	// ships UD parses (UD-PETRARCH) the first half in file order was used
	// to develop the coder and the second half is held out; for the others
	// (petrarch2-unit, hybrid) records at an even position in the file
	// (0-based) are the development split and odd ones are held out.
	Development, HeldOut, Total SuiteCounts
	Split                       string // "halves" or "even/odd"
	Parse                       string // "given" (the suite's UD parses) or "dyad"
	Sentences                   int    // sentences coded
}

// DevRecord reports whether the record at position i of the file (fileIdx)
// and of the scored records (scoredIdx, of n scored) is in the development
// split of a suite: halves when it ships UD parses, else even/odd.
func DevRecord(halves bool, fileIdx, scoredIdx, n int) bool {
	if halves {
		return scoredIdx < (n+1)/2
	}
	return fileIdx%2 == 0
}

// RunPetrarchSuite scores dyad's coder on a PETRARCH or UD-PETRARCH
// validation file with the dictionaries it names, using the UD parses it
// ships (or parse, where it ships none), and prints the report on w. A
// suite with no UD parses and a nil parse is reported as skipped.
// This is `dyad eval events --petrarch FILE.xml`.
func RunPetrarchSuite(path string, w io.Writer, parse Parser) (*SuiteResult, error) {
	return RunPetrarchSuiteWith(path, w, SuiteOptions{Parser: parse})
}

// SuiteCoder is a validation suite's dictionaries ready to code its records.
type SuiteCoder struct {
	Coder   *event.Coder
	Actors  *event.PetrarchActors
	Neg     map[string]string // PICO negation: code → code of its negation
	discard []string
}

// LoadSuiteCoder loads the dictionaries of a suite (or those of opt).
func LoadSuiteCoder(s *PetrarchSuite, opt SuiteOptions) (*SuiteCoder, error) {
	verbs, actors, agents := s.Verbfile, s.Actorfile, s.Agentfile
	if opt.Verbs != "" {
		verbs = opt.Verbs
	}
	if opt.Actors != "" {
		actors = opt.Actors
	}
	if opt.Agents != "" {
		agents = opt.Agents
	}
	if verbs == "" || actors == "" {
		return nil, fmt.Errorf("%s names no verb or actor dictionary (give them in SuiteOptions)", s.Path)
	}
	vf, err := os.Open(verbs)
	if err != nil {
		return nil, err
	}
	pats, err := event.LoadPetrarchVerbs(vf, filepath.Base(verbs))
	vf.Close()
	if err != nil {
		return nil, err
	}
	af, err := os.Open(actors)
	if err != nil {
		return nil, err
	}
	defer af.Close()
	var ag io.Reader
	if agents != "" {
		g, err := os.Open(agents)
		if err != nil {
			return nil, err
		}
		defer g.Close()
		ag = g
	}
	pa, err := event.NewPetrarchActors(af, ag)
	if err != nil {
		return nil, err
	}
	pa.SplitCodes = s.PetrarchTwo
	pa.ShortAgents = s.PetrarchTwo
	sc := &SuiteCoder{Coder: event.New(pats, event.Options{RequireTarget: true, PlaceTargets: true, PassivePPSource: true,
		NoPossessorTargets: true, PreVerbWords: s.PetrarchTwo, LooseWords: s.PetrarchTwo,
		PassiveAsActive: s.PetrarchTwo, ExactWords: s.PetrarchTwo}), Actors: pa}
	if s.PICOfile != "" {
		if sc.Neg, err = readPICONegation(s.PICOfile); err != nil {
			return nil, err
		}
	}
	if s.Discardfile != "" {
		if sc.discard, err = readDiscards(s.Discardfile); err != nil {
			return nil, err
		}
	}
	return sc, nil
}

// Code codes one record's document and returns its events as the suite
// compares them. Negated events take the code the suite's ontology (PICO)
// gives the negation ("did not clash" 110 → 050) and are dropped where it
// gives none, as PETRARCH does; duplicates of a code, source and target go.
func (sc *SuiteCoder) Code(d *doc.Document) []SuiteEvent {
	for _, p := range sc.discard {
		if containsPhrase(d.Text, p) {
			return nil
		}
	}
	evs := sc.Coder.Code(d, sc.Actors)
	var out []SuiteEvent
	seen := map[SuiteEvent]bool{}
	for _, e := range evs {
		code := e.Cameo
		if e.Negated {
			c, ok := sc.Neg[code]
			if !ok {
				continue
			}
			code = c
		}
		t := "---"
		if e.Target != nil {
			t = e.Target.Code
		}
		se := SuiteEvent{Code: code, Source: e.Source.Code, Target: t}
		if !seen[se] {
			seen[se] = true
			out = append(out, se)
		}
	}
	return out
}

// RunPetrarchSuiteWith is RunPetrarchSuite with options.
func RunPetrarchSuiteWith(path string, w io.Writer, opt SuiteOptions) (*SuiteResult, error) {
	s, err := ReadPetrarchSuite(path)
	if err != nil {
		return nil, err
	}
	if opt.DictDir != "" {
		s.UseDictionaries(opt.DictDir)
	}
	res := &SuiteResult{ByCategory: map[string]SuiteCounts{}}
	hasUD := s.HasUD()
	res.Split, res.Parse = "even/odd", "dyad"
	if hasUD {
		res.Split = "halves"
		if !(opt.UseParser && opt.Parser != nil) {
			res.Parse = "given"
		}
	}
	switch {
	case !hasUD && opt.Parser == nil:
		res.Skipped = "the suite ships constituency parses only: it needs a dependency parser (none given)"
	case s.Verbfile == "" && opt.Verbs == "":
		res.Skipped = "the file names no dictionaries (no <Environment>): give them in the options"
	}
	if res.Skipped != "" {
		fmt.Fprintf(w, "%s: skipped: %s\n", path, res.Skipped)
		return res, nil
	}
	sc, err := LoadSuiteCoder(s, opt)
	if err != nil {
		return nil, err
	}
	var scored []*PetrarchRecord
	var fileIdx []int
	for i := range s.Records {
		if s.Included(&s.Records[i]) {
			scored = append(scored, &s.Records[i])
			fileIdx = append(fileIdx, i)
		}
	}
	for i, r := range scored {
		if opt.Only != nil && !opt.Only(i, r) {
			continue
		}
		var d *doc.Document
		if r.CoNLLU != "" && !(opt.UseParser && opt.Parser != nil) {
			d, err = DocFromCoNLLU(r.CoNLLU, r.Date)
		} else if opt.Parser != nil {
			d, err = opt.Parser(r.Text)
			if d != nil {
				d.Date = r.Date
			}
		} else {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: record %s: %w", path, r.ID, err)
		}
		d.ID = r.ID
		res.Sentences += len(d.Sentences)
		got := sc.Code(d)
		c := scoreRecord(r, got)
		dev := DevRecord(hasUD, fileIdx[i], i, len(scored))
		if opt.Details != nil {
			writeRecordDetails(opt.Details, r, got, c, dev)
		}
		if _, ok := res.ByCategory[r.Category]; !ok {
			res.Categories = append(res.Categories, r.Category)
		}
		cc := res.ByCategory[r.Category]
		cc.add(c)
		res.ByCategory[r.Category] = cc
		if dev {
			res.Development.add(c)
		} else {
			res.HeldOut.add(c)
		}
		res.Total.add(c)
	}
	WriteSuiteReport(w, path, res)
	return res, nil
}

// scoreRecord compares a record's coded events with the expected ones. A
// record that expects none counts one expected "no event", found when
// nothing is coded (the suites' convention).
func scoreRecord(r *PetrarchRecord, got []SuiteEvent) SuiteCounts {
	c := SuiteCounts{Records: 1}
	exp := map[SuiteEvent]bool{}
	for _, e := range r.Expected {
		exp[e] = true
	}
	gotSet := map[SuiteEvent]bool{}
	for _, e := range got {
		gotSet[e] = true
	}
	if len(exp) == 0 {
		c.Expected = 1
		if len(got) == 0 {
			c.Found = 1
		}
	} else {
		c.Expected = len(exp)
		for e := range exp {
			if gotSet[e] {
				c.Found++
			}
		}
	}
	for e := range gotSet {
		if !exp[e] {
			c.ExtraEvents++
		}
	}
	if c.ExtraEvents > 0 {
		c.ExtraRecords = 1
	}
	if c.ExtraEvents == 0 && (len(exp) == 0 && len(got) == 0 || len(exp) > 0 && c.Found == len(exp)) {
		c.Exact = 1
	}
	return c
}

// writeRecordDetails writes one record's line, marked with its split, and
// its expected and coded events.
func writeRecordDetails(w io.Writer, r *PetrarchRecord, got []SuiteEvent, c SuiteCounts, dev bool) {
	fmt.Fprintf(w, "%-5s %s [%s] [%s] %s\n", recordMark(c), r.ID, r.Category, splitName(dev), r.Text)
	exp := eventStrings(r.Expected, false)
	if r.NoEvents {
		exp = append(exp, "(none)")
	}
	fmt.Fprintf(w, "      expected: %s\n      coded:    %s\n", strings.Join(exp, "; "), strings.Join(eventStrings(got, true), "; "))
}

// recordMark is a record's mark in a details file: ok, MISS (an expected
// event not coded) or EXTRA (all found, something more coded).
func recordMark(c SuiteCounts) string {
	switch {
	case c.Exact != 0:
		return "ok"
	case c.Found == c.Expected:
		return "EXTRA"
	}
	return "MISS"
}

// splitName names a record's split in a details file.
func splitName(dev bool) string {
	if dev {
		return "dev"
	}
	return "held-out"
}

// eventStrings writes events as strings, sorted when sorted is set.
func eventStrings(evs []SuiteEvent, sorted bool) []string {
	out := make([]string, 0, len(evs))
	for _, e := range evs {
		out = append(out, e.String())
	}
	if sorted {
		sort.Strings(out)
	}
	return out
}

// WriteSuiteReport prints the per-category table and the totals.
func WriteSuiteReport(w io.Writer, path string, res *SuiteResult) {
	fmt.Fprintf(w, "%s\n", path)
	fmt.Fprintf(w, "%-12s %8s %9s %8s %8s %8s %12s\n", "category", "records", "expected", "found", "extras", "exact", "extra/record")
	line := func(name string, c SuiteCounts) {
		fmt.Fprintf(w, "%-12s %8d %9d %7.1f%% %7.1f%% %7.1f%% %12.3f\n", name, c.Records, c.Expected,
			100*c.FoundShare(), 100*c.ExtraShare(), 100*c.ExactShare(), evRatio(c.ExtraEvents, c.Records))
	}
	for _, cat := range res.Categories {
		line(cat, res.ByCategory[cat])
	}
	fmt.Fprintln(w, strings.Repeat("-", 72))
	dev, held := "dev (1st half)", "held-out (2nd)"
	if res.Split != "halves" {
		dev, held = "dev (even)", "held-out (odd)"
	}
	line(dev, res.Development)
	line(held, res.HeldOut)
	line("total", res.Total)
	fmt.Fprintln(w, "found = expected events coded (a record expecting none counts one, found when nothing is coded);")
	fmt.Fprintln(w, "extras = records with an event not expected; exact = records coded exactly; extra/record = extra events per record.")
	if res.Split == "halves" {
		fmt.Fprintln(w, "The first half (by record order) was used to develop the coder; the second half is held out.")
	} else {
		fmt.Fprintln(w, "Records at even positions in the file (0-based) were used to develop the coder; odd ones are held out.")
	}
	if res.Parse == "given" {
		fmt.Fprintln(w, "Parses: the UD parses the suite ships.")
	} else {
		fmt.Fprintln(w, "Parses: dyad's own segmentation, tagging and parsing of each record's raw text.")
	}
}

// DocFromCoNLLU builds a one-sentence document from a CoNLL-U parse: the
// words joined by single spaces, with tags, lemmas and dependencies.
func DocFromCoNLLU(src, date string) (*doc.Document, error) {
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		b.WriteString(strings.TrimLeft(l, " "))
		b.WriteByte('\n')
	}
	ss, err := conllu.Read(strings.NewReader(b.String()))
	if err != nil {
		return nil, err
	}
	d := &doc.Document{Date: date}
	var text strings.Builder
	for _, s := range ss {
		st := doc.Sentence{Start: text.Len(), TokenStart: len(d.Tokens)}
		base := len(d.Tokens)
		for wi, wd := range s.Words {
			if wi > 0 || text.Len() > 0 {
				text.WriteByte(' ')
			}
			start := text.Len()
			text.WriteString(wd.Form)
			head := -1
			if wd.Head > 0 {
				head = base + wd.Head - 1
			}
			d.Tokens = append(d.Tokens, doc.Token{Start: start, End: text.Len(), Sentence: len(d.Sentences),
				UPOS: wd.UPOS, XPOS: wd.XPOS, Lemma: wd.Lemma, Head: head, Deprel: wd.Deprel})
		}
		st.End = text.Len()
		st.TokenEnd = len(d.Tokens)
		d.Sentences = append(d.Sentences, st)
	}
	d.Text = text.String()
	return d, nil
}

// readPICONegation reads PETRARCH's internal coding ontology (PICO): each
// CAMEO code is a sum of hexadecimal terms, and a negation subtracts 0xFFFF
// ("disapprove" 110 = 0xFFFF + 0x0080, so "not disapprove" is 0x0080, 050).
// The map holds each code whose negation is another listed code.
func readPICONegation(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	val := map[string]int64{}
	byVal := map[int64]string{}
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		code, rest, ok := strings.Cut(l, ":")
		if !ok || !evCodeRe.MatchString(code) {
			continue
		}
		expr, _, _ := strings.Cut(rest, "#")
		expr = strings.TrimSpace(expr)
		v, ok := picoValue(expr)
		if !ok {
			continue
		}
		val[code] = v
		if _, dup := byVal[v]; !dup {
			byVal[v] = code
		}
		order = append(order, code)
	}
	out := map[string]string{}
	for _, c := range order {
		if n, ok := byVal[val[c]-0xFFFF]; ok {
			out[c] = n
		}
	}
	return out, sc.Err()
}

// picoValue evaluates "0x1007f", "-0xFFFF+0x0070", "0x2000".
func picoValue(expr string) (int64, bool) {
	expr = strings.ReplaceAll(expr, " ", "")
	if expr == "" {
		return 0, false
	}
	var total int64
	i := 0
	for i < len(expr) {
		sign := int64(1)
		if expr[i] == '+' || expr[i] == '-' {
			if expr[i] == '-' {
				sign = -1
			}
			i++
		}
		j := i
		for j < len(expr) && expr[j] != '+' && expr[j] != '-' {
			j++
		}
		term := expr[i:j]
		var v int64
		var err error
		if strings.HasPrefix(strings.ToLower(term), "0x") {
			v, err = strconv.ParseInt(term[2:], 16, 64)
		} else {
			v, err = strconv.ParseInt(term, 10, 64)
		}
		if err != nil {
			return 0, false
		}
		total += sign * v
		i = j
	}
	return total, true
}

// readDiscards reads a discard list: phrases whose presence stops coding
// (a leading '+' marks a story discard, which for one sentence is the same).
func readDiscards(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if i := strings.IndexAny(l, "#;"); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "+"))
		if l == "" || strings.HasPrefix(l, "<") {
			continue
		}
		out = append(out, strings.ToLower(strings.ReplaceAll(l, "_", " ")))
	}
	return out, sc.Err()
}

// containsPhrase reports whether text holds phrase as whole words, ignoring case.
func containsPhrase(text, phrase string) bool {
	t := " " + strings.Join(strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if r == ',' || r == '.' || r == ';' || r == ':' || r == '"' {
			return ' '
		}
		return r
	}, text))), " ") + " "
	return strings.Contains(t, " "+phrase+" ")
}
