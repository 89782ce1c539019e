package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// sentenceTexts returns the text of each sentence of text.
func sentenceTexts(text string) []string {
	_, ss, _ := Split(text)
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// tokenTexts returns the tokens of text joined by " | ".
func tokenTexts(text string) string {
	ts := Tokens(text)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = text[t.Start:t.End]
	}
	return strings.Join(out, " | ")
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles", "Mr. Odhiambo met Dr. Wanjiru at St. Paul's on Jan. 12. They talked for an hour.",
			[]string{"Mr. Odhiambo met Dr. Wanjiru at St. Paul's on Jan. 12.", "They talked for an hour."}},
		{"initialisms", "The U.S. and the U.N. signed the accord. The deal holds.",
			[]string{"The U.S. and the U.N. signed the accord.", "The deal holds."}},
		{"ranks and months", "Troops under Lt. Col. Ramos moved in Feb. and again in Sept. to the border. Fighting stopped.",
			[]string{"Troops under Lt. Col. Ramos moved in Feb. and again in Sept. to the border.", "Fighting stopped."}},
		{"companies", "Acme Inc. said profits rose. Beta Corp. disagreed with that.",
			[]string{"Acme Inc. said profits rose.", "Beta Corp. disagreed with that."}},
		{"number sign", "The clinic is at No. 5 Harbour Road. It opens at noon.",
			[]string{"The clinic is at No. 5 Harbour Road.", "It opens at noon."}},
		{"no as a word", "The committee said no. The plan died.",
			[]string{"The committee said no.", "The plan died."}},
		{"e.g. and i.e.", "Bring fruit, e.g. mangoes or guavas, i.e. the ripe ones.",
			[]string{"Bring fruit, e.g. mangoes or guavas, i.e. the ripe ones."}},
		{"etc. at the end", "Traders sold maize, beans, etc. The market closed early.",
			[]string{"Traders sold maize, beans, etc.", "The market closed early."}},
		{"abbreviation ending a sentence", "The envoy flew back to the U.S. The talks ended there.",
			[]string{"The envoy flew back to the U.S.", "The talks ended there."}},
		{"abbreviation before a name", "She met U.S. Ambassador Lee in the capital.",
			[]string{"She met U.S. Ambassador Lee in the capital."}},
		{"initials", "George W. Bush phoned. J. R. R. Tolkien's heirs listened.",
			[]string{"George W. Bush phoned.", "J. R. R. Tolkien's heirs listened."}},
		{"numbers", "Growth slowed to 3.5 percent, or 1,200 jobs, and cost $4.5 billion by 10:30 a.m. on Monday.",
			[]string{"Growth slowed to 3.5 percent, or 1,200 jobs, and cost $4.5 billion by 10:30 a.m. on Monday."}},
		{"time at the end", "The polls closed at 6 p.m. Counting began at once.",
			[]string{"The polls closed at 6 p.m.", "Counting began at once."}},
		{"quote continues the sentence", "“We will defend the region,” Ruto told reporters.",
			[]string{"“We will defend the region,” Ruto told reporters."}},
		{"quote ends a sentence", "He said: “It is over.” Then he left.",
			[]string{"He said: “It is over.”", "Then he left."}},
		{"straight quotes", `"It is over." Then he left.`,
			[]string{`"It is over."`, "Then he left."}},
		{"question in a quote", `"Why now?" she asked. Nobody answered.`,
			[]string{`"Why now?" she asked.`, "Nobody answered."}},
		{"attribution after a quote", "“We will not retreat.” Mahamat said. The rebels left.",
			[]string{"“We will not retreat.” Mahamat said.", "The rebels left."}},
		{"single quotes", "'That is final.' The judge rose.",
			[]string{"'That is final.'", "The judge rose."}},
		{"question and exclamation", "Is it true?! Nobody knows. Really!",
			[]string{"Is it true?!", "Nobody knows.", "Really!"}},
		{"ellipsis", "We waited... The bus never came. It was ... well, late.",
			[]string{"We waited...", "The bus never came.", "It was ... well, late."}},
		{"unicode ellipsis", "We waited… The bus never came.",
			[]string{"We waited…", "The bus never came."}},
		{"parentheses", "The group (founded in 2001) disbanded. (Officials confirmed it.) Talks resumed.",
			[]string{"The group (founded in 2001) disbanded.", "(Officials confirmed it.)", "Talks resumed."}},
		{"headline", "Floods Hit Coastal Towns\nHeavy rain fell overnight in the east.",
			[]string{"Floods Hit Coastal Towns", "Heavy rain fell overnight in the east."}},
		{"wrapped lines", "The minister said the government would\nreview the policy next year after talks\nwith the unions.",
			[]string{"The minister said the government would\nreview the policy next year after talks\nwith the unions."}},
		{"bullets", "Aid needed:\n- Water\n- Food\n• Blankets",
			[]string{"Aid needed:", "- Water", "- Food", "• Blankets"}},
		{"numbered list", "Demands:\n1. A ceasefire\n2. Talks",
			[]string{"Demands:", "1. A ceasefire", "2. Talks"}},
		{"paragraphs", "First part.\n\nSecond part.\n \t\nThird part.",
			[]string{"First part.", "Second part.", "Third part."}},
		{"informal lower case", "see you there. call me later",
			[]string{"see you there.", "call me later"}},
		{"url at sentence end", "Details are at https://example.org/report. The report is long.",
			[]string{"Details are at https://example.org/report.", "The report is long."}},
		{"mail stamp", "Jane Doe 08/16/2000 12:05 PM Please see the note below.",
			[]string{"Jane Doe", "08/16/2000 12:05 PM", "Please see the note below."}},
		{"dateline without a span", "NAIROBI (Reuters) - Kenya's president spoke on Monday.",
			[]string{"NAIROBI (Reuters) -", "Kenya's president spoke on Monday."}},
		{"white space only", " \n\t ", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.text)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			checkInvariants(t, tc.text)
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"possessives", "Kenya's leaders' summit and Kenya’s capital",
			"Kenya | 's | leaders | ' | summit | and | Kenya | ’s | capital"},
		{"contractions", "I'm sure we'll go, but they don't and can't; it won't.",
			"I | 'm | sure | we | 'll | go | , | but | they | do | n't | and | ca | n't | ; | it | wo | n't | ."},
		{"curly contraction", "They don’t know.", "They | do | n’t | know | ."},
		{"other clitics", "She'd said they're sure you've won.", "She | 'd | said | they | 're | sure | you | 've | won | ."},
		{"apostrophe inside a name", "O'Brien met D'Souza.", "O'Brien | met | D'Souza | ."},
		{"hyphenated names", "Al-Sisi met Ould Ghazouani in Guinea-Bissau.",
			"Al-Sisi | met | Ould | Ghazouani | in | Guinea-Bissau | ."},
		{"dashes", "The vote—held on Sunday—was close – very close -- they said.",
			"The | vote | — | held | on | Sunday | — | was | close | – | very | close | -- | they | said | ."},
		{"numbers", "It cost $4.5 billion, 1,200 jobs, 3.5% at 10:30 on 9/11.",
			"It | cost | $ | 4.5 | billion | , | 1,200 | jobs | , | 3.5 | % | at | 10:30 | on | 9/11 | ."},
		{"abbreviations keep periods", "Gen. Mwangi of the U.S. Army, i.e. the army",
			"Gen. | Mwangi | of | the | U.S. | Army | , | i.e. | the | army"},
		{"final abbreviation gives up its period", "They sold maize, beans, etc.",
			"They | sold | maize | , | beans | , | etc | ."},
		{"web", "Mail press@example.org or see https://example.org/a_(b) and www.example.com/x. @dyad_news #Elections2024",
			"Mail | press@example.org | or | see | https://example.org/a_(b) | and | www.example.com/x | . | @dyad_news | #Elections2024"},
		{"url in parentheses", "(see https://example.org/page)", "( | see | https://example.org/page | )"},
		{"ellipses", "Wait... what… really?!", "Wait | ... | what | … | really | ?!"},
		{"quotes", "“Yes,” he said. \"No.\" 'Maybe'", "“ | Yes | , | ” | he | said | . | \" | No | . | \" | ' | Maybe | '"},
		{"brackets", "(a) [b] {c}", "( | a | ) | [ | b | ] | { | c | }"},
		{"emoticon", "Great news :) see you", "Great | news | :) | see | you"},
		{"fused web contractions", "I dont know, I cannot say.", "I | do | nt | know | , | I | can | not | say | ."},
		{"non-ASCII", "São Paulo’s mayor met Ö. Yilmaz in Zürich.",
			"São | Paulo | ’s | mayor | met | Ö. | Yilmaz | in | Zürich | ."},
		{"unicode spaces", "one\u00a0two\u2009three\u200bfour", "one | two | three | four"},
		{"separator line", "Notes\n=====\nEnd", "Notes | ===== | End"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tokenTexts(tc.text); got != tc.want {
				t.Errorf("Tokens(%q)\n got %s\nwant %s", tc.text, got, tc.want)
			}
			checkInvariants(t, tc.text)
		})
	}
}

func TestParagraphs(t *testing.T) {
	text := "  Title line\n\nFirst para, one line.\nSecond line.\n\r\n\u00a0\nLast para.  \n"
	ps, ss, _ := Split(text)
	got := make([]string, len(ps))
	for i, p := range ps {
		got[i] = text[p.Start:p.End]
	}
	want := []string{"Title line", "First para, one line.\nSecond line.", "Last para."}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("paragraphs %q, want %q", got, want)
	}
	wantPara := []int{0, 1, 1, 2}
	if len(ss) != len(wantPara) {
		t.Fatalf("%d sentences, want %d", len(ss), len(wantPara))
	}
	for i, s := range ss {
		if s.Paragraph != wantPara[i] {
			t.Errorf("sentence %d %q in paragraph %d, want %d", i, text[s.Start:s.End], s.Paragraph, wantPara[i])
		}
	}
	if ps := Paragraphs("\n \n\t\n"); len(ps) != 0 {
		t.Errorf("blank text has paragraphs %v", ps)
	}
}

func TestSegmentDateline(t *testing.T) {
	tests := []struct {
		text, dateline, first string
	}{
		{"LIMA - Peru's congress voted on Tuesday. It was close.", "LIMA", "Peru's congress voted on Tuesday."},
		{"LIMA (Reuters) - Peru's congress voted. It was close.", "LIMA", "Peru's congress voted."},
		{"WASHINGTON, May 3 (AP) — The Senate passed the bill.", "WASHINGTON", "The Senate passed the bill."},
		{"KYIV, Ukraine -- Air raid sirens sounded.", "KYIV", "Air raid sirens sounded."},
		{"Headline\n\nNAIROBI, Kenya – Rain fell.", "NAIROBI", "Rain fell."},
		// No dash: the dateline is not skipped.
		{"LIMA: Peru's congress voted.", "LIMA", "LIMA: Peru's congress voted."},
	}
	for _, tc := range tests {
		start := strings.Index(tc.text, tc.dateline)
		d := &doc.Document{Text: tc.text}
		d.Dateline = &doc.Span{Start: start, End: start + len(tc.dateline), Text: tc.dateline}
		Segment(d)
		var got string
		for _, s := range d.Sentences {
			if s.End > start {
				got = tc.text[s.Start:s.End]
				break
			}
		}
		if got != tc.first {
			t.Errorf("%q: first sentence after the dateline %q, want %q", tc.text, got, tc.first)
		}
		for _, tk := range d.Tokens {
			if tk.Start >= start && tk.Start < start+len(tc.dateline) && got != tc.text[start:start+len(got)] {
				t.Errorf("%q: dateline token %q kept", tc.text, tc.text[tk.Start:tk.End])
			}
		}
		// The dateline stays inside its paragraph's span.
		found := false
		for _, p := range d.Paragraphs {
			if p.Start <= start && start < p.End {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no paragraph covers the dateline", tc.text)
		}
		checkDoc(t, d)
	}
}

func TestSegmentReplacesLayers(t *testing.T) {
	d := &doc.Document{Text: "One. Two."}
	Segment(d)
	Segment(d)
	if len(d.Sentences) != 2 || len(d.Tokens) != 4 || len(d.Paragraphs) != 1 {
		t.Fatalf("after two runs: %d paragraphs, %d sentences, %d tokens", len(d.Paragraphs), len(d.Sentences), len(d.Tokens))
	}
	for _, tk := range d.Tokens {
		if tk.Head != -1 || tk.UPOS != "" || tk.Lemma != "" {
			t.Errorf("token %+v not blank", tk)
		}
	}
}

// checkInvariants segments text and checks the structural promises of the
// package: see checkDoc.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	d := &doc.Document{Text: text}
	Segment(d)
	checkDoc(t, d)
}

// checkDoc checks that spans are in order, inside the text, on rune
// boundaries, free of surrounding white space; that tokens hold no white
// space and tile their sentences; that sentences lie in their paragraphs.
func checkDoc(t *testing.T, d *doc.Document) {
	t.Helper()
	text := d.Text
	valid := utf8.ValidString(text)
	trimmed := func(a, b int) bool {
		if a < 0 || b > len(text) || a >= b {
			return false
		}
		// Invalid UTF-8 is cut byte by byte; valid text only on runes.
		if valid && (!utf8.RuneStart(text[a]) || (b < len(text) && !utf8.RuneStart(text[b]))) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[a:])
		l, _ := utf8.DecodeLastRuneInString(text[:b])
		return !unicode.IsSpace(r) && !unicode.IsSpace(l)
	}
	prevEnd := 0
	for i, p := range d.Paragraphs {
		if !trimmed(p.Start, p.End) || p.Start < prevEnd {
			t.Fatalf("paragraph %d [%d,%d) bad in %q", i, p.Start, p.End, text)
		}
		prevEnd = p.End
	}
	prevEnd, next := 0, 0
	for i, s := range d.Sentences {
		if !trimmed(s.Start, s.End) || s.Start < prevEnd {
			t.Fatalf("sentence %d [%d,%d) bad in %q", i, s.Start, s.End, text)
		}
		prevEnd = s.End
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) {
			t.Fatalf("sentence %d has paragraph %d of %d", i, s.Paragraph, len(d.Paragraphs))
		}
		if p := d.Paragraphs[s.Paragraph]; s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %d %q outside its paragraph", i, text[s.Start:s.End])
		}
		if s.TokenStart != next || s.TokenEnd <= s.TokenStart {
			t.Fatalf("sentence %d tokens [%d,%d), want start %d", i, s.TokenStart, s.TokenEnd, next)
		}
		next = s.TokenEnd
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		if toks[0].Start != s.Start || toks[len(toks)-1].End != s.End {
			t.Fatalf("sentence %d %q not tiled by its tokens", i, text[s.Start:s.End])
		}
		tokEnd := s.Start
		for _, tk := range toks {
			if tk.Sentence != i || tk.Head != -1 || tk.Start < tokEnd || !trimmed(tk.Start, tk.End) {
				t.Fatalf("token %+v bad in sentence %d of %q", tk, i, text)
			}
			if strings.IndexFunc(text[tk.Start:tk.End], unicode.IsSpace) >= 0 {
				t.Fatalf("token %q holds white space", text[tk.Start:tk.End])
			}
			tokEnd = tk.End
		}
	}
	if next != len(d.Tokens) {
		t.Fatalf("%d tokens, sentences cover %d", len(d.Tokens), next)
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith went to Washington. He said: “No.”",
		"LIMA - Peru's vote... was close?! (Yes.)\n\n- item\n1. two",
		"a.b.c. U.S.-backed e.g. 3.5.6 1,2,3 :) ;-) @x #y http://x.y/(z)) 'quoted' \"\"",
		"\u00a0\u2028\u2029\ufeff…—–‘’“”«»",
		"x@y.z. ...@ .5 $.04 ____ ===== ***** ----- <<a>> 08/16/2000 12:05 PM",
		"\xff\xfe broken \xc3 utf8 .\x80.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Document{Text: s}
		Segment(d)
		checkDoc(t, d)
	})
}

// TestSegmentTokenBlocks checks that documents whose token layers are cut
// from one shared block stay independent: each layer's capacity is its
// length, so appending to one leaves the next document's tokens alone, and
// documents segmented concurrently get the same tokens as one at a time.
func TestSegmentTokenBlocks(t *testing.T) {
	texts := []string{
		"The council met on Monday. It voted to raise the levy.",
		"Ministers meet in Lima. Talks resume today.",
		"Rain fell. Roads closed! (not for long)",
	}
	want := make([][]doc.Token, len(texts))
	for i, text := range texts {
		d := &doc.Document{Text: text}
		Segment(d)
		want[i] = append([]doc.Token(nil), d.Tokens...)
	}
	docs := make([]*doc.Document, len(texts))
	for i, text := range texts {
		docs[i] = &doc.Document{Text: text}
		Segment(docs[i])
		if cap(docs[i].Tokens) != len(docs[i].Tokens) {
			t.Fatalf("document %d: token capacity %d, length %d", i, cap(docs[i].Tokens), len(docs[i].Tokens))
		}
	}
	docs[0].Tokens = append(docs[0].Tokens, doc.Token{Start: -7})
	for i := 1; i < len(docs); i++ {
		if !reflect.DeepEqual(docs[i].Tokens, want[i]) {
			t.Errorf("document %d changed when document 0 grew", i)
		}
	}
	type result struct {
		text int
		toks []doc.Token
	}
	done := make(chan result)
	for g := 0; g < 8; g++ {
		go func(g int) {
			var out []doc.Token
			for k := 0; k < 200; k++ {
				d := &doc.Document{Text: texts[(g+k)%len(texts)]}
				Segment(d)
				out = d.Tokens
			}
			done <- result{(g + 199) % len(texts), out}
		}(g)
	}
	for g := 0; g < 8; g++ {
		r := <-done
		if !reflect.DeepEqual(r.toks, want[r.text]) {
			t.Errorf("concurrent segmentation of text %d gave tokens %v, want %v", r.text, r.toks, want[r.text])
		}
	}
}
