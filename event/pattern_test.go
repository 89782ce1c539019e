package event

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const petrSample = `
&TIETYPES
+MILITARY
+ECONOMIC

&CURRENCY
# a comment line does not end a set
+MONEY
+SWISS_FRANCS

####### VERB PATTERNS #######

--- ABANDON  [1121]  ---
ABANDON    # pas
- * {NEW &TIETYPES RELATIONS} [1951] #  -PAS
- * EFFORT  [080]
- $ (IN) ^ *  [163]

--- ALLOW  [080] ---
+GO_BY {+WENT_BY +GOES_BY +GONE_BY }
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING }
+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED }
PERMIT {PERMITS PERMITTED PERMITTING }  # jw
COMMUNICATE [040]
- + * MONEY $  [071]
- * (TO) [042:043]
- * (BEFORE COURT) [:173]
- * WIDGET [+++]
`

func TestLoadPetrarchVerbs(t *testing.T) {
	p, err := LoadPetrarchVerbs(strings.NewReader(petrSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sets["CURRENCY"]) != 2 || len(p.Sets["TIETYPES"]) != 2 {
		t.Errorf("sets %v", p.Sets)
	}
	if len(p.Blocks) != 2 {
		t.Fatalf("%d blocks", len(p.Blocks))
	}
	ab := p.Blocks[0]
	if ab.Yield.Main != "1121" || len(ab.Pats) != 3 || !ab.FormsOnly {
		t.Errorf("ABANDON block %+v", ab)
	}
	if s := slotString(ab.Pats[0].Slots[0]); s != `obj "new &TIETYPES relations"` {
		t.Errorf("phrase slot %q", s)
	}
	kinds := map[SlotKind]Slot{}
	for _, s := range ab.Pats[2].Slots {
		kinds[s.Kind] = s
	}
	if len(kinds) != 2 || kinds[SlotSubj].Role != '$' || kinds[SlotPP].Prep != "in" {
		t.Errorf("before-verb pattern %+v", ab.Pats[2].Slots)
	}
	al := p.Blocks[1]
	words := map[string]VerbWord{}
	for _, w := range al.Words {
		words[strings.Join(w.Words, "_")] = w
	}
	if w := words["go_by"]; w.Head != 0 || !contains(w.Forms, "went") {
		t.Errorf("go by: %+v", w)
	}
	if w := words["wire_tap"]; w.Head != 1 || !contains(w.Forms, "tapped") {
		t.Errorf("wire tap: %+v", w)
	}
	if w := words["permit"]; !contains(w.Forms, "permitted") || !contains(w.Forms, "permits") {
		t.Errorf("permit: %+v", w)
	}
	if w := words["communicate"]; w.Yield == nil || w.Yield.Main != "040" {
		t.Errorf("communicate: %+v", w)
	}
	if y := al.Pats[1].Yield; y.Main != "042" || y.Pair != "043" {
		t.Errorf("paired yield %+v", y)
	}
	if y := al.Pats[2].Yield; y.Main != "" || y.Pair != "173" || y.IsNull() {
		t.Errorf("pair-only yield %+v", y)
	}
	if len(al.Pats) != 3 || len(p.Warnings) == 0 {
		t.Errorf("a pattern with a non-CAMEO code must be skipped with a warning: %d patterns, %v", len(al.Pats), p.Warnings)
	}
	if s := al.Pats[0].Slots; len(s) != 3 || s[0].Kind != SlotSubj || s[0].Role != '+' || s[2].Kind != SlotNext || s[2].Role != '$' {
		t.Errorf("roles %+v", s)
	}
}

// TestPatternRoundTrip writes converted patterns in dyad's format and reads
// them back unchanged.
func TestPatternRoundTrip(t *testing.T) {
	p, err := LoadPetrarchVerbs(strings.NewReader(petrSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	if err := WritePatterns(&a, p); err != nil {
		t.Fatal(err)
	}
	q, err := ParsePatterns(bytes.NewReader(a.Bytes()), "round")
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Warnings) > 0 {
		t.Errorf("warnings reading back: %v", q.Warnings)
	}
	var b bytes.Buffer
	if err := WritePatterns(&b, q); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("round trip differs:\n%s\n---\n%s", a.String(), b.String())
	}
}

func TestDefaultPatternsParse(t *testing.T) {
	p, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) > 0 {
		t.Errorf("warnings: %v", p.Warnings)
	}
	nouns := 0
	for _, b := range p.Blocks {
		if b.Noun {
			nouns++
		}
	}
	if len(p.Blocks) < 400 || nouns < 3 {
		t.Errorf("%d blocks, %d noun blocks", len(p.Blocks), nouns)
	}
}

// TestPetrarchBarePrepositions: older dictionaries write a prepositional
// phrase without parentheses ("* OVER EFFORTS"); a preposition followed by
// a role stays a word.
func TestPetrarchBarePrepositions(t *testing.T) {
	p, err := LoadPetrarchVerbs(strings.NewReader(`
--- CLASH  [190] ---
CLASH
- &NEG * OVER EFFORTS  [904]
- * ABOUT +  [130]
- * TALKS  [121]
`), "bare")
	if err != nil {
		t.Fatal(err)
	}
	byCode := map[string]*Pattern{}
	for _, pt := range p.Blocks[0].Pats {
		byCode[pt.Yield.Main] = pt
	}
	if pt := byCode["904"]; pt == nil || len(pt.Slots) != 2 || pt.Slots[1].Kind != SlotPP || pt.Slots[1].Prep != "over" ||
		len(pt.Slots[1].Terms) != 1 || pt.Slots[0].Kind != SlotSubj {
		t.Errorf("OVER EFFORTS: %+v", byCode["904"])
	}
	if pt := byCode["130"]; pt == nil || len(pt.Slots) != 2 || pt.Slots[0].Kind != SlotObj || pt.Slots[1].Kind != SlotNext {
		t.Errorf("ABOUT +: %+v", byCode["130"])
	}
	if pt := byCode["121"]; pt == nil || pt.Slots[0].Kind != SlotObj {
		t.Errorf("TALKS: %+v", byCode["121"])
	}
}

func TestParseYield(t *testing.T) {
	for in, want := range map[string]string{"042": "042", "042:043": "042:043", "---": "---", ":173": ":173", "102b": "---",
		"174L": "174L", "+++": "---", "1010": "1010"} {
		y, _ := parseYield(in)
		got := y.Main + map[bool]string{true: ":" + y.Pair, false: ""}[y.Pair != ""]
		if got != want {
			t.Errorf("parseYield(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadPatternFile(t *testing.T) {
	dir := t.TempDir()
	pf := filepath.Join(dir, "verbs.txt")
	if err := os.WriteFile(pf, []byte(petrSample), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := LoadPatternFile(pf)
	if err != nil || len(p.Blocks) != 2 || !p.Blocks[0].FormsOnly {
		t.Fatalf("PETRARCH file: %v %+v", err, p)
	}
	df := filepath.Join(dir, "mine.pat")
	if err := os.WriteFile(df, []byte("verbs SNUB => 125\n  verb snub\n  - obj summit => 125\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	q, err := LoadPatternFile(df)
	if err != nil || len(q.Blocks) != 1 || q.Blocks[0].FormsOnly || len(q.Blocks[0].Pats) != 1 {
		t.Fatalf("dyad file: %v %+v", err, q)
	}
}
