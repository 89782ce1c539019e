// Package doc holds dyad's shared document model: one Document carrying its
// text and the layers each pipeline stage adds over it (sentences, tokens,
// entities and actors, time expressions, places, quotes, events, tone).
//
// Every span is a UTF-8 byte range [Start, End) into Document.Text, the text
// after any header. Stages add layers; none rewrites the text.
package doc

// Schema is the version of the JSON document format (CONTRACT.md §3).
const Schema = 1

// Span is a byte range of the document text with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Document is one news article with all its layers.
type Document struct {
	ID     string
	Date   string // publication date YYYY-MM-DD, or "" when unknown
	Title  string
	URL    string
	Source string
	Lang   string
	Text   string

	// Dateline is the place a story was filed from ("LIMA" in "LIMA (Reuters) - "),
	// a span of Text; nil when the text has none.
	Dateline *Span

	// Origin names where the document came from, for diagnostics: a path,
	// "path:line" for JSON Lines, or "-" for standard input.
	Origin string

	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	Entities   []Entity
	Timexes    []Timex
	Places     []Place
	Quotes     []Quote
	Events     []Event
	Tone       *Tone

	// Scratch is working state a stage hands on to a later stage of the
	// same document: the event stages keep their sentence trees there
	// from the coder to the placer (event/treecache.go). It is no layer:
	// never written out or stored, and nil once the stages are done.
	Scratch any
}

// Paragraph is a block of text separated from the next by a blank line
// (in a text hard-wrapped with a blank line after every line, the lines
// that continue a sentence make one paragraph: docs/SEGMENT.md).
type Paragraph struct {
	Start, End int
}

// Sentence is a byte range plus the range of its tokens in Document.Tokens.
type Sentence struct {
	Start, End int
	Paragraph  int // index into Document.Paragraphs
	TokenStart int // first token index in Document.Tokens
	TokenEnd   int // one past the last token index
}

// Token is one word or punctuation mark. Tags are empty and Head is -1 until
// the syntax stage fills them.
type Token struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	UPOS     string `json:"upos"`
	XPOS     string `json:"xpos"`
	Lemma    string `json:"lemma"`
	// Head is the index in Document.Tokens of this token's syntactic head,
	// or -1 for the root of its sentence (and before parsing).
	Head   int    `json:"head"`
	Deprel string `json:"deprel"`
}

// Entity is a named mention, with the actor it resolves to when known.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"` // PER ORG LOC GPE NORP MISC
	Actor *Actor `json:"actor,omitempty"`
	// Antecedent is the earlier mention a coreferent one ("he", "the
	// president", a surname) was resolved to; its actor is the antecedent's.
	Antecedent *Span `json:"antecedent,omitempty"`
}

// Actor is a political actor in CAMEO style: a country (or region or IGO)
// code plus sector codes. Mention is the text that names it, where there is one.
type Actor struct {
	Name    string `json:"name"`
	Code    string `json:"code"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
	ID      string `json:"id,omitempty"`
	*Mention
}

// Mention is the span of text naming an actor. It is a separate type so that
// an Actor without a mention omits start, end and text in JSON.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Timex is a temporal expression with its TimeML value.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"` // DATE TIME DURATION SET
	Value string `json:"value"`
}

// Place is a toponym resolved to a gazetteer entry.
type Place struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	GeonameID int     `json:"geonameid"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Feature   string  `json:"feature"` // country admin1 city other
}

// Quote is an attributed statement: its content, the cue verb, the source
// mention and the speaker it resolves to.
type Quote struct {
	Content Span   `json:"content"`
	Cue     *Span  `json:"cue,omitempty"`
	Source  *Span  `json:"source,omitempty"`
	Speaker *Actor `json:"speaker,omitempty"`
	Kind    string `json:"kind"` // direct indirect mixed
}

// Event is one coded happening: who did what to whom, when and where.
type Event struct {
	ID         string  `json:"id"`
	Sentence   int     `json:"sentence"`
	Cameo      string  `json:"cameo"`
	CameoRoot  string  `json:"cameo_root"`
	QuadClass  int     `json:"quad_class"`
	Goldstein  float64 `json:"goldstein"`
	Plover     string  `json:"plover"`
	PloverMode string  `json:"plover_mode"`
	Source     Actor   `json:"source"`
	Target     *Actor  `json:"target"`
	Action     Span    `json:"action"`
	Date       string  `json:"date"`
	DateEnd    string  `json:"date_end,omitempty"`
	DateType   string  `json:"date_type"` // exact approximate range unresolved
	Place      *Place  `json:"place,omitempty"`
	Negated    bool    `json:"negated"`
	Modality   string  `json:"modality"` // asserted intended hypothetical
	Confidence float64 `json:"confidence"`
	// Tone is the tone of the event's sentence (package tone); nil until
	// the tone stage runs.
	Tone *Tone `json:"tone,omitempty"`
}

// Tone is a GDELT-style tone summary of a text.
type Tone struct {
	Tone     float64 `json:"tone"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	Polarity float64 `json:"polarity"`
	Words    int     `json:"words"`
}

// SpanOf returns the Span [start, end) of the document text.
func (d *Document) SpanOf(start, end int) Span {
	return Span{Start: start, End: end, Text: d.Text[start:end]}
}

// LocationPlace returns the place the geo stage found at the span of
// entity e when e is a place name the actor stage left without an actor,
// a city or region named as a location ("talks in Nairobi"), with a
// country; nil for any other entity.
func (d *Document) LocationPlace(e *Entity) *Place {
	if e.Actor != nil || e.Type != "GPE" {
		return nil
	}
	for i := range d.Places {
		if p := &d.Places[i]; p.Start == e.Start && p.End == e.End && len(p.Country) == 3 {
			return p
		}
	}
	return nil
}
