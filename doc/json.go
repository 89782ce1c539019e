package doc

import (
	"encoding/json"
	"fmt"
)

// JSONOptions chooses the optional parts of a document's JSON form.
type JSONOptions struct {
	NoText bool // omit "text"
	Tokens bool // include "tokens"
}

// jsonSentence is a sentence as the contract prints it.
type jsonSentence struct {
	Start     int `json:"start"`
	End       int `json:"end"`
	Paragraph int `json:"paragraph"`
}

// jsonDoc fixes the field order and the null/empty conventions of the
// contract: lists are always present (possibly empty), date is null when
// unknown, tokens and text appear on request.
type jsonDoc struct {
	Schema    int            `json:"schema"`
	ID        string         `json:"id"`
	Date      *string        `json:"date"`
	Title     string         `json:"title"`
	URL       string         `json:"url"`
	Source    string         `json:"source"`
	Lang      string         `json:"lang,omitempty"`
	Dateline  *Span          `json:"dateline,omitempty"`
	Text      *string        `json:"text,omitempty"`
	Sentences []jsonSentence `json:"sentences"`
	Tokens    []Token        `json:"tokens,omitempty"`
	Entities  []Entity       `json:"entities"`
	Timexes   []Timex        `json:"timexes"`
	Places    []Place        `json:"places"`
	Quotes    []Quote        `json:"quotes"`
	Events    []Event        `json:"events"`
	Tone      *Tone          `json:"tone"`
}

// MarshalJSON writes the document in the contract's form with all parts.
func (d *Document) MarshalJSON() ([]byte, error) {
	return d.AppendJSON(nil, JSONOptions{Tokens: true})
}

// AppendJSON appends the document's JSON form (one line, no newline) to b.
func (d *Document) AppendJSON(b []byte, o JSONOptions) ([]byte, error) {
	j := jsonDoc{
		Schema:    Schema,
		ID:        d.ID,
		Title:     d.Title,
		URL:       d.URL,
		Source:    d.Source,
		Lang:      d.Lang,
		Dateline:  d.Dateline,
		Sentences: make([]jsonSentence, len(d.Sentences)),
		Entities:  nonNil(d.Entities),
		Timexes:   nonNil(d.Timexes),
		Places:    nonNil(d.Places),
		Quotes:    nonNil(d.Quotes),
		Events:    nonNil(d.Events),
		Tone:      d.Tone,
	}
	if d.Date != "" {
		date := d.Date
		j.Date = &date
	}
	if !o.NoText {
		text := d.Text
		j.Text = &text
	}
	for i, s := range d.Sentences {
		j.Sentences[i] = jsonSentence{s.Start, s.End, s.Paragraph}
	}
	if o.Tokens {
		j.Tokens = nonNil(d.Tokens)
	}
	out, err := json.Marshal(&j)
	if err != nil {
		return b, fmt.Errorf("document %s: %w", d.ID, err)
	}
	return append(b, out...), nil
}

// UnmarshalJSON reads a document from its contract JSON form, rebuilding the
// token ranges of sentences from the tokens' sentence numbers.
func (d *Document) UnmarshalJSON(data []byte) error {
	var j jsonDoc
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	if j.Schema != Schema {
		return fmt.Errorf("document schema %d, want %d", j.Schema, Schema)
	}
	*d = Document{
		ID: j.ID, Title: j.Title, URL: j.URL, Source: j.Source, Lang: j.Lang,
		Dateline: j.Dateline, Tokens: j.Tokens, Entities: j.Entities,
		Timexes: j.Timexes, Places: j.Places, Quotes: j.Quotes,
		Events: j.Events, Tone: j.Tone,
	}
	if j.Date != nil {
		d.Date = *j.Date
	}
	if j.Text != nil {
		d.Text = *j.Text
	}
	d.Sentences = make([]Sentence, len(j.Sentences))
	for i, s := range j.Sentences {
		d.Sentences[i] = Sentence{Start: s.Start, End: s.End, Paragraph: s.Paragraph}
	}
	for i, t := range d.Tokens {
		if t.Sentence < 0 || t.Sentence >= len(d.Sentences) {
			return fmt.Errorf("token %d names sentence %d of %d", i, t.Sentence, len(d.Sentences))
		}
		s := &d.Sentences[t.Sentence]
		if s.TokenEnd == 0 {
			s.TokenStart = i
		}
		s.TokenEnd = i + 1
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
