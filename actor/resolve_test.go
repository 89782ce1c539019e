package actor

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/syntax"
)

func TestResolveComposesMentions(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		date, text string
		want       map[string]string // mention text → actor code
	}{
		{"2024-05-01", "Brazilian President Luiz Inácio Lula da Silva met the Kenyan government in Nairobi.",
			map[string]string{"Brazilian President Luiz Inácio Lula da Silva": "BRAGOV", "Kenyan government": "KENGOV", "Nairobi": "KENGOV"}},
		{"2015-06-01", "Lula criticised the Kremlin.", map[string]string{"Lula": "BRAELI", "the Kremlin": "RUSGOV"}},
		{"2024-01-10", "Colombia's former president spoke to the United Nations.",
			map[string]string{"Colombia's former president": "COLELI", "United Nations": "IGOUNO"}},
	} {
		d := &doc.Document{Text: c.text, Date: c.date}
		segment.Segment(d)
		kb.Resolve(d)
		got := map[string]string{}
		for _, e := range d.Entities {
			got[e.Text] = e.Actor.Code
			if e.Actor.Mention == nil || e.Actor.Start != e.Start {
				t.Errorf("%q: actor of %q lacks its mention", c.text, e.Text)
			}
		}
		for m, code := range c.want {
			if got[m] != code {
				t.Errorf("%q on %s: %q → %q, want %q (all: %v)", c.text, c.date, m, got[m], code, got)
			}
		}
	}
}

func TestResolveLeavesBareTitlesAlone(t *testing.T) {
	kb, _ := LoadKB()
	d := &doc.Document{Text: "The president thanked the minister.", Date: "2024-01-01"}
	segment.Segment(d)
	kb.Resolve(d)
	if len(d.Entities) != 0 {
		t.Errorf("bare titles became entities: %+v", d.Entities)
	}
}

var (
	testStageOnce sync.Once
	testResolver  *Resolver
	testSyntax    *syntax.Models
	testStageErr  error
)

// resolveText runs segmentation, syntax and the full resolver (KB, NER,
// coreference) over a text, as the pipeline does.
func resolveText(t *testing.T, date, text string) *doc.Document {
	t.Helper()
	testStageOnce.Do(func() {
		kb, err := LoadKB()
		if err != nil {
			testStageErr = err
			return
		}
		ner, err := DefaultNER()
		if err != nil {
			testStageErr = err
			return
		}
		testResolver = NewResolver(kb, ner)
		testSyntax, testStageErr = syntax.Embedded()
	})
	if testStageErr != nil {
		t.Fatal(testStageErr)
	}
	d := &doc.Document{Text: text, Date: date}
	segment.Segment(d)
	testSyntax.Annotate(d)
	testResolver.Resolve(d)
	return d
}

func dumpEntities(d *doc.Document) string {
	var b strings.Builder
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "\n  %d %q %s", e.Start, e.Text, e.Type)
		if e.Actor != nil {
			fmt.Fprintf(&b, " → %s %q [%s]", e.Actor.Code, e.Actor.Name, e.Actor.ID)
		}
		if e.Antecedent != nil {
			fmt.Fprintf(&b, " (= %q@%d)", e.Antecedent.Text, e.Antecedent.Start)
		}
	}
	return b.String()
}

// entityAt finds the entity whose text is mention, the n-th (0-based) such.
func entityAt(d *doc.Document, mention string, n int) *doc.Entity {
	for i := range d.Entities {
		if d.Entities[i].Text == mention {
			if n == 0 {
				return &d.Entities[i]
			}
			n--
		}
	}
	return nil
}

type want struct {
	mention string
	nth     int
	code    string // "" = the entity must exist with an empty code; "-" = no entity
	name    string // optional: the actor's name
}

func checkResolved(t *testing.T, date, text string, wants []want) {
	t.Helper()
	d := resolveText(t, date, text)
	for _, w := range wants {
		e := entityAt(d, w.mention, w.nth)
		switch {
		case w.code == "-":
			if e != nil && e.Actor != nil && e.Actor.Code != "" {
				t.Errorf("%q: %q should name no actor, got %s%s", text, w.mention, e.Actor.Code, dumpEntities(d))
			}
		case e == nil || e.Actor == nil:
			t.Errorf("%q: no entity %q (#%d)%s", text, w.mention, w.nth, dumpEntities(d))
		case e.Actor.Code != w.code:
			t.Errorf("%q: %q → %q, want %q%s", text, w.mention, e.Actor.Code, w.code, dumpEntities(d))
		case w.name != "" && e.Actor.Name != w.name:
			t.Errorf("%q: %q names %q, want %q%s", text, w.mention, e.Actor.Name, w.name, dumpEntities(d))
		}
	}
}

func TestResolveTitlesAndNationality(t *testing.T) {
	checkResolved(t, "2024-03-05",
		"Kenyan President William Ruto met Indonesian army chief Agus Subiyanto in Nairobi on Monday.",
		[]want{{"Kenyan President William Ruto", 0, "KENGOV", "William Ruto"},
			{"Indonesian army chief Agus Subiyanto", 0, "IDNMIL", ""}})
	// an unknown person with a title: country and sector from the title
	checkResolved(t, "2024-03-05",
		"Kenyan Trade Minister Obadiah Kiprotich Wanjala signed the accord with Ugandan officials.",
		[]want{{"Kenyan Trade Minister Obadiah Kiprotich Wanjala", 0, "KENGOV", "Obadiah Kiprotich Wanjala"}})
	checkResolved(t, "2024-01-10",
		"Colombia's former president Álvaro Uribe criticised the peace talks.",
		[]want{{"Colombia's former president Álvaro Uribe", 0, "COLELI", ""}})
	checkResolved(t, "2024-01-10",
		"The Brazilian foreign minister arrived in Lima on Tuesday.",
		[]want{{"Brazilian foreign minister", 0, "BRAGOV", ""}})
	// a capital as a metonym
	checkResolved(t, "2024-01-10", "Moscow said the sanctions were illegal.",
		[]want{{"Moscow", 0, "RUSGOV", ""}})
}

func TestResolveUnknownPersonKeepsEmptyCode(t *testing.T) {
	d := resolveText(t, "2024-03-05", "Farmer Joseph Kamau Njoroge told reporters that the harvest had failed.")
	found := false
	for _, e := range d.Entities {
		if strings.Contains(e.Text, "Njoroge") {
			found = true
			if e.Type != "PER" || e.Actor == nil || e.Actor.Code != "" || e.Actor.Country != "" {
				t.Errorf("unknown person resolved to a guess: %+v%s", e, dumpEntities(d))
			}
		}
	}
	if !found {
		t.Errorf("unknown person not an entity:%s", dumpEntities(d))
	}
}

func TestResolveSurnameOfAnotherPerson(t *testing.T) {
	// The KB knows "Ruto" as the Kenyan president; "Samuel Ruto" is someone else.
	d := resolveText(t, "2024-03-05", "Police officer Samuel Ruto was injured in the clashes near Eldoret.")
	for _, e := range d.Entities {
		if strings.Contains(e.Text, "Ruto") && e.Actor != nil && e.Actor.ID == "Q195725" {
			t.Errorf("Samuel Ruto taken for William Ruto:%s", dumpEntities(d))
		}
	}
}

func TestResolveTitleBeforeLongerName(t *testing.T) {
	// The KB knows a "Kamal Ahmed" (someone else) and composes him with the
	// title; the longer name is another person, whom the title still codes.
	checkResolved(t, "1997-03-05", "Egyptian Prime Minister Kamal Ahmed El-Ganzoury met the delegation in Cairo.",
		[]want{{"Egyptian Prime Minister Kamal Ahmed El-Ganzoury", 0, "EGYGOV", ""}})
}

func TestResolveTextTitleOverridesKBRole(t *testing.T) {
	// Lula was out of office in 2015 (BRAELI); a text calling him
	// "Defence Minister" is taken at its word for the sector.
	checkResolved(t, "2015-06-01", "Brazilian Defence Minister Lula visited the troops.",
		[]want{{"Brazilian Defence Minister Lula", 0, "BRAGOV", ""}})
	checkResolved(t, "2015-06-01", "Brazilian army chief Lula visited the troops.",
		[]want{{"Brazilian army chief Lula", 0, "BRAMIL", ""}})
}

func TestResolveApposition(t *testing.T) {
	checkResolved(t, "2024-03-05",
		"Obadiah Wanjala Kiprotich, Kenya's foreign minister, said the talks would resume.",
		[]want{{"Obadiah Wanjala Kiprotich", 0, "KENGOV", ""}})
}

func TestCorefSurnameAndTitle(t *testing.T) {
	checkResolved(t, "2024-03-05",
		"Kenyan Foreign Minister Obadiah Kiprotich Wanjala arrived in Kampala on Monday. "+
			"Wanjala said the border dispute would be settled. The minister later met traders.",
		[]want{{"Wanjala", 0, "KENGOV", ""}, {"minister", 0, "KENGOV", ""}})
	checkResolved(t, "2024-03-05",
		"William Ruto flew to Addis Ababa for the summit. The president told delegates that the Kenyan leader "+
			"would not back down.",
		[]want{{"president", 0, "KENGOV", "William Ruto"}, {"Kenyan leader", 0, "KENGOV", "William Ruto"}})
}

func TestCorefPronouns(t *testing.T) {
	// "he" goes to the subject of the previous sentence, not the object.
	d := resolveText(t, "2024-03-05",
		"William Ruto received Ugandan Defence Minister Jacob Oboth Oboth in Nairobi. "+
			"He said the two countries would work together against smuggling.")
	he := entityAt(d, "He", 0)
	if he == nil || he.Actor == nil || he.Actor.ID != "Q195725" {
		t.Errorf("he should be William Ruto:%s", dumpEntities(d))
	}
	// a gender known from an honorific chooses between two people
	d = resolveText(t, "2024-03-05",
		"Mrs Amina Wekesa met Mr Daniel Otieno, the Kenyan interior minister, in Kisumu. "+
			"She thanked him for his help.")
	if e := entityAt(d, "him", 0); e == nil || e.Actor == nil || !strings.Contains(e.Actor.Name, "Otieno") || e.Actor.Code != "KENGOV" {
		t.Errorf("him should be Daniel Otieno (KENGOV):%s", dumpEntities(d))
	}
	if e := entityAt(d, "She", 0); e == nil || e.Actor == nil || !strings.Contains(e.Actor.Name, "Wekesa") {
		t.Errorf("she should be Amina Wekesa:%s", dumpEntities(d))
	}
	// no person before: the pronoun stays unresolved
	d = resolveText(t, "2024-03-05", "He said the rain would continue.")
	if e := entityAt(d, "He", 0); e != nil {
		t.Errorf("pronoun resolved without antecedent:%s", dumpEntities(d))
	}
}

func TestCorefPairs(t *testing.T) {
	d := resolveText(t, "2024-03-05",
		"Kenya and Uganda signed a trade pact on Monday. The two countries agreed to reopen the border.")
	var codes []string
	for _, e := range d.Entities {
		if e.Text == "The two countries" && e.Actor != nil {
			codes = append(codes, e.Actor.Code)
		}
	}
	if strings.Join(codes, ",") != "KEN,UGA" {
		t.Errorf("the two countries → %v, want KEN,UGA%s", codes, dumpEntities(d))
	}
	d = resolveText(t, "2024-03-05", "Kenya and Uganda met in Arusha. They agreed to reopen the border.")
	codes = codes[:0]
	for _, e := range d.Entities {
		if e.Text == "They" && e.Actor != nil {
			codes = append(codes, e.Actor.Code)
		}
	}
	if strings.Join(codes, ",") != "KEN,UGA" {
		t.Errorf("they → %v, want KEN,UGA%s", codes, dumpEntities(d))
	}
}

// BenchmarkResolve measures the whole actor stage (KB matching, NER,
// merging and coreference) over the bench-news stories; segmentation and
// syntax run before the timer. tokens/cpu-s is the per-core rate.
func BenchmarkResolve(b *testing.B) {
	stories := benchnews.Stories(b, 0)
	kb, err := LoadKB()
	if err != nil {
		b.Fatal(err)
	}
	ner, err := DefaultNER()
	if err != nil {
		b.Fatal(err)
	}
	models, err := syntax.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Document
	tokens, bytes := 0, 0
	for _, j := range stories {
		if j.Text == "" {
			continue
		}
		d := &doc.Document{Text: j.Text, Date: j.Date}
		segment.Segment(d)
		models.Annotate(d)
		docs = append(docs, d)
		tokens += len(d.Tokens)
		bytes += len(d.Text)
	}
	full, kbOnly := NewResolver(kb, ner), NewResolver(kb, nil)
	kbOnly.NoCoref = true
	for _, mode := range []struct {
		name string
		run  func(*doc.Document)
	}{
		{"stage", full.Resolve},     // KB + NER + merging + coreference: the pipeline's actor stage
		{"ner-only", ner.Entities},  // the NER model alone, for comparison
		{"kb-only", kbOnly.Resolve}, // dictionary matching and composition alone
	} {
		b.Run(mode.name, func(b *testing.B) {
			b.SetBytes(int64(bytes))
			b.ResetTimer()
			cpu0 := benchnews.CPUTime().Seconds()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					mode.run(d)
				}
			}
			if cpu := benchnews.CPUTime().Seconds() - cpu0; cpu > 0 {
				b.ReportMetric(float64(tokens)*float64(b.N)/cpu, "tokens/cpu-s")
			}
		})
	}
}

func TestCorefTitleChoosesCompatiblePerson(t *testing.T) {
	d := resolveText(t, "2024-03-05",
		"Ugandan Foreign Minister Peter Okello Ayo met Kenyan President William Ruto in Nairobi. "+
			"The minister said the visit had been productive.")
	e := entityAt(d, "minister", 0)
	if e == nil || e.Actor == nil || !strings.Contains(e.Actor.Name, "Okello") || e.Actor.Code != "UGAGOV" {
		t.Errorf("the minister should be Peter Okello Ayo (UGAGOV):%s", dumpEntities(d))
	}
}

func TestCorefLeadersAndSides(t *testing.T) {
	d := resolveText(t, "2024-03-05",
		"Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Mombasa. "+
			"The two leaders discussed the railway, and both sides promised to meet again.")
	for _, phrase := range []string{"The two leaders", "both sides"} {
		var ids []string
		for _, e := range d.Entities {
			if e.Text == phrase && e.Actor != nil {
				ids = append(ids, e.Actor.Code)
			}
		}
		if strings.Join(ids, ",") != "KENGOV,UGAGOV" {
			t.Errorf("%s → %v, want KENGOV,UGAGOV%s", phrase, ids, dumpEntities(d))
		}
	}
}

func TestResolveLoneSurnameAliasInOtherNames(t *testing.T) {
	d := resolveText(t, "2024-03-05", "Shares fell on Wall Street on Monday as investors sold bank stocks.")
	for _, e := range d.Entities {
		if e.Actor != nil && e.Actor.ID != "" && e.Type == "PER" {
			t.Errorf("a person found in %q:%s", e.Text, dumpEntities(d))
		}
	}
}

func TestCorefFamilyNameFirst(t *testing.T) {
	d := resolveText(t, "2024-03-05",
		"Reporter Chen Boliang was detained in Shanghai on Monday. Chen said he had done nothing wrong.")
	e := entityAt(d, "Chen", 0)
	if e == nil || e.Actor == nil || e.Actor.Name != "Chen Boliang" || e.Actor.ID != "" {
		t.Errorf("Chen should be Chen Boliang, not a KB person:%s", dumpEntities(d))
	}
}

// A country and its capital are one side: "both sides" after a sentence
// naming Vietnam twice (as a country and as its capital) reaches back to
// the other country named before.
func TestCorefSidesCountryAndCapitalOneSide(t *testing.T) {
	d := resolveText(t, "2024-03-05",
		"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. "+
			"Museveni said Kampala wanted more traders to move goods through Uganda. "+
			"Both sides criticised the delays at the port.")
	var codes []string
	for _, e := range d.Entities {
		if e.Text == "Both sides" && e.Actor != nil {
			codes = append(codes, e.Actor.Country)
		}
	}
	slices.Sort(codes)
	if strings.Join(codes, ",") != "KEN,UGA" {
		t.Errorf("Both sides → %v, want one Kenyan and one Ugandan side%s", codes, dumpEntities(d))
	}
}

// A KB row that lists a lower-case form beside its capitalised name ("UN
// Human Rights Office", "UN human rights office") is found in lower case.
func TestKBLowerCaseDuplicateAlias(t *testing.T) {
	d := resolveText(t, "2026-02-27", "The U.N. human rights office said on Friday it was alarmed by the verdict.")
	e := entityAt(d, "U.N. human rights office", 0)
	if e == nil || e.Actor == nil || e.Actor.Code != "IGOUNOHRI" {
		t.Errorf("want the U.N. human rights office as IGOUNOHRI:%s", dumpEntities(d))
	}
}

// "Brussels" as an actor is the European Union, and still a place.
func TestBrusselsIsTheEU(t *testing.T) {
	d := resolveText(t, "2026-02-27", "Tunisia summoned the Italian ambassador after Brussels issued a statement.")
	e := entityAt(d, "Brussels", 0)
	if e == nil || e.Actor == nil || e.Actor.Code != "IGOEUREEC" || e.Type != "GPE" {
		t.Errorf("want Brussels as a GPE coded IGOEUREEC:%s", dumpEntities(d))
	}
}

// An international organisation named in a one-country story does not keep
// the story's country from an opposition leader with no country of his own:
// the organisation has no opposition.
func TestStoryCountryOppositionBesideOrganisation(t *testing.T) {
	d := resolveText(t, "2026-02-27",
		"A Peruvian court jailed opposition leader Ramiro Quispe Tello on Thursday. "+
			"The European Union said it was concerned. President Jose Jeri said the courts were independent.")
	e := entityAt(d, "opposition leader Ramiro Quispe Tello", 0)
	if e == nil || e.Actor == nil || e.Actor.Code != "PEROPP" {
		t.Errorf("want the opposition leader as PEROPP:%s", dumpEntities(d))
	}
}

// "the Brussels court" is no court of the EU: the organisation a city
// stands for gives no country to the sector word after it.
func TestBrusselsCourtIsNoEUCourt(t *testing.T) {
	d := resolveText(t, "2026-02-27", "The officer is due to appear before the Brussels Court Martial on Monday.")
	for _, e := range d.Entities {
		if e.Actor != nil && strings.HasSuffix(e.Actor.Code, "JUD") {
			t.Errorf("%q coded %s:%s", e.Text, e.Actor.Code, dumpEntities(d))
		}
	}
}

// A name two countries share takes the country the document names
// elsewhere: "Congo" in a story that names Kinshasa is the Democratic
// Republic.
func TestAmbiguousCountryFromDocument(t *testing.T) {
	d := resolveText(t, "2026-01-22",
		"Congo's government signed a truce with the rebels in Doha on Wednesday. "+
			"Officials in Kinshasa said the Congolese army would pull back.")
	for _, w := range []struct{ text, code string }{{"Congo's government", "CODGOV"}, {"Congolese army", "CODMIL"}} {
		e := entityAt(d, w.text, 0)
		if e == nil || e.Actor == nil || e.Actor.Code != w.code {
			t.Errorf("want %s as %s:%s", w.text, w.code, dumpEntities(d))
		}
	}
}

// A known one-word surname before another name word is someone's first
// name, and the organisation named before the title is the person's.
func TestKnownSurnameAsFirstName(t *testing.T) {
	d := resolveText(t, "2026-01-22", "M23 spokesman Lawrence Kanyuka said the group was committed to dialogue.")
	for _, e := range d.Entities {
		if e.Actor != nil && e.Actor.ID != "" && e.Type == "PER" {
			t.Errorf("%q is a KB person (%s):%s", e.Text, e.Actor.Name, dumpEntities(d))
		}
	}
	e := entityAt(d, "Lawrence Kanyuka", 0)
	if e == nil || e.Actor == nil || e.Actor.Code != "CODREB" {
		t.Errorf("want Lawrence Kanyuka as M23's man (CODREB):%s", dumpEntities(d))
	}
}

// A town that shares a known person's surname is no person after "the
// town of" or a locative preposition.
func TestSurnameAsTownIsNoPerson(t *testing.T) {
	d := resolveText(t, "2026-01-22",
		"Rebels withdrew from positions around the town of Masisi on Monday. Residents of Masisi reported gunfire near Masisi.")
	for _, e := range d.Entities {
		if e.Text == "Masisi" && e.Actor != nil && e.Actor.Code != "" {
			t.Errorf("Masisi coded %s (%s):%s", e.Actor.Code, e.Actor.Name, dumpEntities(d))
		}
	}
}

// A titled person whose title names no country belongs to the country a
// multi-country story names most (three times at least, twice as often as
// any other); bare sector nouns stay unresolved there.
func TestStoryCountryDominantForTitledPeople(t *testing.T) {
	d := resolveText(t, "2028-12-10",
		"Ghana's electoral commission declared Vice President Amina Osei the winner on Saturday. "+
			"Nigerian President Bola Tinubu congratulated Osei. Ghanaians voted peacefully, and Ghana's opposition accepted the result. "+
			"Police said the army had stayed in barracks.")
	e := entityAt(d, "Vice President Amina Osei", 0)
	if e == nil || e.Actor == nil || e.Actor.Code != "GHAGOV" {
		t.Errorf("want the vice president as GHAGOV:%s", dumpEntities(d))
	}
	for _, e := range d.Entities {
		if (e.Text == "Police" || e.Text == "army") && e.Actor != nil && e.Actor.Code != "" {
			t.Errorf("a bare noun %q coded %s in a two-country story:%s", e.Text, e.Actor.Code, dumpEntities(d))
		}
	}
}

// An armed group's name several countries' groups bear is the one of the
// country the story names: the ELN in a story about Colombia.
func TestAmbiguousArmedGroupFromDocument(t *testing.T) {
	d := resolveText(t, "2026-05-19",
		"Colombia's government suspended talks with the National Liberation Army (ELN) on Monday. "+
			"The ELN blew up a pipeline in Arauca, officials in Bogota said.")
	for _, w := range []string{"National Liberation Army", "ELN"} {
		e := entityAt(d, w, 0)
		if e == nil || e.Actor == nil || e.Actor.Code != "COLREB" {
			t.Errorf("want %s as COLREB:%s", w, dumpEntities(d))
		}
	}
}

// "They" after two people of one government is the two of them: the
// one-side rule of "both sides" does not merge them.
func TestCorefTheyTwoOfOneGovernment(t *testing.T) {
	d := resolveText(t, "2024-03-05",
		"Kenyan President William Ruto and Kenyan Foreign Minister Musalia Mudavadi met reporters on Monday. They said the talks had gone well.")
	n := 0
	for _, e := range d.Entities {
		if e.Text == "They" && e.Actor != nil && e.Actor.Code == "KENGOV" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("They → %d KENGOV mentions, want 2%s", n, dumpEntities(d))
	}
}

// A titled person with no country in a one-country story is the story
// country's even where an international organisation is named.
func TestStoryCountryTitledPersonBesideOrganisation(t *testing.T) {
	d := resolveText(t, "2028-12-10",
		"Ghana's electoral commission declared Vice President Amina Osei the winner. The United Nations praised the vote in Ghana.")
	e := entityAt(d, "Vice President Amina Osei", 0)
	if e == nil || e.Actor == nil || e.Actor.Code != "GHAGOV" {
		t.Errorf("want the vice president as GHAGOV:%s", dumpEntities(d))
	}
}

// An organisation named before a person's lower-case title makes the
// person the organisation's man.
func TestOrganisationBeforeTitle(t *testing.T) {
	d := resolveText(t, "2028-12-10", "African Union Commission chairman Mahmoud Ali Youssouf praised Ghanaians for a peaceful vote.")
	e := entityAt(d, "Mahmoud Ali Youssouf", 0)
	if e == nil || e.Actor == nil || e.Actor.Code != "IGOAFRAFU" {
		t.Errorf("want Youssouf as IGOAFRAFU:%s", dumpEntities(d))
	}
}
