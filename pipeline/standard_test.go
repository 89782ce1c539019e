package pipeline

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// runStandard codes one document through every standard stage.
func runStandard(t *testing.T, text, date string) *doc.Document {
	t.Helper()
	stages, err := Standard(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: "t", Text: text, Date: date}
	for _, s := range stages {
		if err := s.Process(d); err != nil {
			t.Fatalf("stage %s: %v", s.Name(), err)
		}
	}
	return d
}

// Coreference stands a pair phrase for the two actors named before it: "the
// two leaders" for the people, "the two countries" for their countries; a
// reciprocal event is then coded in both directions.
func TestPairPhrasesCodeBothDirections(t *testing.T) {
	for _, c := range []struct{ second, want string }{
		{"The two leaders held talks on trade and regional security.", "040 ETHGOV>KENGOV,040 KENGOV>ETHGOV"},
		{"The two countries signed a water-sharing agreement.", "057 ETH>KEN,057 KEN>ETH"},
	} {
		d := runStandard(t, "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "+c.second, "2024-05-08")
		var got []string
		for _, e := range d.Events {
			if e.Sentence == 1 && e.Target != nil {
				got = append(got, e.Cameo+" "+e.Source.Code+">"+e.Target.Code)
			}
		}
		sort.Strings(got)
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: events %v, want %s", c.second, got, c.want)
		}
	}
}

// "arrived in X for a visit": the place arrived in is the host, not the
// purpose phrase, which names no actor. The news options code the visit
// alone, without the host's 043 (docs/EVENTS.md).
func TestArrivalForVisitTakesThePlaceAsHost(t *testing.T) {
	d := runStandard(t, "Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Sunday for a three-day state visit.", "2024-05-06")
	var got []string
	for _, e := range d.Events {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		got = append(got, e.Cameo+" "+e.Source.Code+">"+tgt)
	}
	sort.Strings(got)
	want := "042 ETHGOV>KEN"
	if strings.Join(got, ",") != want {
		t.Errorf("events %v, want %s", got, want)
	}
}

// A hosting announced for a day after publication is the host's intention
// (036) when no guest's half of the visit carries the plan; the same
// hosting in the past stays a hosting.
func TestScheduledHosting(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kenyan President William Ruto hosts Ethiopian Prime Minister Abiy Ahmed in Nairobi on May 10.", "036 KENGOV>ETHGOV intended"},
		{"Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on May 3.", "043 KENGOV>ETHGOV asserted"},
	} {
		d := runStandard(t, c.text, "2024-05-06")
		var got []string
		for _, e := range d.Events {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, e.Cameo+" "+e.Source.Code+">"+tgt+" "+e.Modality)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: events %v, want %s", c.text, got, c.want)
		}
	}
}

// everydayStory is a diplomatic story of the kind dyad reads every day,
// written for this test: a visit, its welcome, talks, agreements, praise,
// criticism of a third party, a promised visit with a deadline, and quotes.
const everydayStory = `JAKARTA - Brazilian President Luiz Inácio Lula da Silva arrived in Jakarta on Tuesday night for a three-day state visit.

Indonesian President Prabowo Subianto welcomed Lula at the Merdeka Palace on Wednesday morning, and the two leaders held talks on trade and energy.

Indonesia and Brazil signed eight agreements covering agriculture, mining and defence.

Lula praised Indonesia's leadership in Southeast Asia.

Prabowo criticised the European Union for its new deforestation rules, which he said hurt Indonesian farmers.

Prabowo said he would visit Brasília before April 30.

"Our partnership is growing stronger every year," Lula told a joint press conference.
`

// TestEverydayStory codes the whole story through every standard stage and
// checks each event, its date, and who said what.
func TestEverydayStory(t *testing.T) {
	d := runStandard(t, everydayStory, "2025-10-22") // a Wednesday
	got := map[string]bool{}
	for _, e := range d.Events {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		key := fmt.Sprintf("%s: %s %s>%s %s %s", e.Action.Text, e.Cameo, e.Source.Code, tgt, e.Date, e.Modality)
		if e.DateEnd != "" {
			key += " until " + e.DateEnd
		}
		got[key] = true
	}
	for _, want := range []string{
		"arrived: 042 BRAGOV>IDN 2025-10-21 asserted",                // arrived on Tuesday night: the day before
		"welcomed: 043 IDNGOV>BRAGOV 2025-10-22 asserted",            // welcomed at the palace: hosted
		"held talks: 040 IDNGOV>BRAGOV 2025-10-22 asserted",          // the two leaders held talks
		"held talks: 040 BRAGOV>IDNGOV 2025-10-22 asserted",          // … both ways
		"signed eight agreements: 057 IDN>BRA 2025-10-22 asserted",   // agreements signed
		"signed eight agreements: 057 BRA>IDN 2025-10-22 asserted",   // … both ways
		"praised: 051 BRAGOV>IDN 2025-10-22 asserted",                // praise
		"visit: 036 IDNGOV>BRA 2025-10-22 intended until 2026-04-30", // a promised visit with its deadline
	} {
		if !got[want] {
			t.Errorf("missing event %q; got %v", want, keys(got))
		}
	}
	criticism := false
	for _, e := range d.Events {
		if !strings.Contains(d.Text[d.Sentences[e.Sentence].Start:d.Sentences[e.Sentence].End], "criticised") {
			continue
		}
		if e.Cameo == "111" && e.Source.Code == "IDNGOV" && e.Target != nil && strings.HasPrefix(e.Target.Code, "IGOEUR") {
			criticism = true
		} else {
			t.Errorf("the criticism's sentence codes %s %q: only the criticism is an event (the rest is a relative clause)", e.Cameo, e.Action.Text)
		}
	}
	if !criticism {
		t.Errorf("no criticism of the EU (111 IDNGOV>IGOEUR…): %v", keys(got))
	}
	quotes := map[string]string{} // cue and speaker code → contents, joined
	for _, q := range d.Quotes {
		if q.Speaker != nil && q.Cue != nil {
			quotes[q.Cue.Text+" "+q.Speaker.Code] += q.Content.Text + " | "
		}
	}
	if c := quotes["said IDNGOV"]; !strings.Contains(c, "visit Brasília") || !strings.Contains(c, "hurt") {
		t.Errorf("Prabowo's two indirect quotes not both attributed to IDNGOV: %v", quotes)
	}
	if c := quotes["told BRAGOV"]; !strings.Contains(c, "Our partnership") {
		t.Errorf("Lula's direct quote not attributed to BRAGOV: %v", quotes)
	}
	for cue := range quotes {
		if strings.HasPrefix(cue, "welcomed ") {
			t.Errorf("a welcome is not a quote: %v", quotes)
		}
	}
}

func keys(m map[string]bool) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// "both governments" is a pair phrase even though "governments" alone is a
// KB sector noun, and a sentence the parser leaves without a main verb
// ("Officials from both governments | signed ...", with "signed" a reduced
// relative) is mended so that its verb codes.
func TestBothGovernmentsSigned(t *testing.T) {
	for _, c := range []struct{ second, want string }{
		{"Both governments signed five agreements.", "057 BRA>IDN,057 IDN>BRA"},
		{"Officials from both governments signed five agreements covering agriculture, energy and education.", "057 BRA>IDN,057 IDN>BRA"},
	} {
		d := runStandard(t, "Brazilian President Lula met Indonesian President Prabowo in Jakarta on Wednesday. "+c.second, "2025-03-12")
		var got []string
		for _, e := range d.Events {
			if e.Sentence == 1 && e.Target != nil { // countries: the sector depends on the story
				got = append(got, e.Cameo+" "+e.Source.Country+">"+e.Target.Country)
			}
		}
		sort.Strings(got)
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: events %v, want %s", c.second, got, c.want)
		}
	}
}

// A counterpart named by its country and by name is one target: the meeting
// is one KENGOV>ETHGOV event, not one for "Ethiopian" and one for the man.
func TestCounterpartNamedTwiceIsOneTarget(t *testing.T) {
	d := runStandard(t, "NAIROBI - Kenyan Foreign Minister Chirau Ali Mwakwere met his Ethiopian counterpart Seyoum Mesfin on Monday.", "2005-06-01")
	n := 0
	for _, e := range d.Events {
		if e.Cameo == "040" && e.Source.Code == "KENGOV" && e.Target != nil && e.Target.Code == "ETHGOV" {
			n++
			if e.Target.Name != "Seyoum Mesfin" {
				t.Errorf("the meeting's target is %q, want the named minister", e.Target.Name)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d KENGOV>ETHGOV meetings, want 1: %+v", n, d.Events)
	}
}

// eventsOf runs the standard pipeline on text and lists the events of
// sentence si as "CAMEO SOURCE>TARGET", sorted.
func eventsOf(t *testing.T, text, date string, si int) string {
	t.Helper()
	return sentenceEventList(runStandard(t, text, date), si)
}

// sentenceEventList lists sentence si's events of d as "CODE SRC>TGT",
// sorted and joined by commas.
func sentenceEventList(d *doc.Document, si int) string {
	var got []string
	for _, e := range d.Events {
		if e.Sentence != si {
			continue
		}
		target := ""
		if e.Target != nil {
			target = e.Target.Code
		}
		got = append(got, e.Cameo+" "+e.Source.Code+">"+target)
	}
	sort.Strings(got)
	return strings.Join(got, ",")
}

// One-sentence news the event coder gets right only through a rule or a
// tree repair of session 6: a crowd's verb of gathering that the tagger
// reads as a participle and the parser hangs on the crowd as a reduced
// relative ("rallied"); a past form read as an adjective on a conjunct of
// the root ("accused smugglers"); reduced relations: talks frozen or broken
// off (164), a partnership suspended (161), aid suspended (162).
func TestSentenceEvents(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Thousands of Georgians rallied in Tbilisi on Saturday.", "141 GEO>"},
		{"Ghanaian police accused smugglers of fuelling insecurity.", "112 GHACOP>"},
		{"The European Union has frozen talks on Georgia's membership bid.", "164 IGOEUREEC>GEO"},
		{"The United States suspended its strategic partnership with Georgia.", "161 USA>GEO"},
		{"Sweden suspended aid to Georgia.", "162 SWE>GEO"},
		{"Georgian troops broke off talks with Russian forces.", "164 GEOMIL>RUSMIL"},
	} {
		if got := eventsOf(t, c.text, "2025-12-07", 0); got != c.want {
			t.Errorf("%q: events %s, want %s", c.text, got, c.want)
		}
	}
}

// "Both governments" after a capital and a president are the two
// governments: the pair phrase is typed as an organisation, so the event
// coder does not read it as a place named alone (coded as its country).
func TestBothGovernmentsAreGovernments(t *testing.T) {
	text := "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Accra. Both governments accused Togo of harbouring smugglers."
	if got := eventsOf(t, text, "2026-03-12", 1); got != "112 GHAGOV>TGO,112 NGAGOV>TGO" {
		t.Errorf("events %s, want 112 GHAGOV>TGO,112 NGAGOV>TGO", got)
	}
}

// "The party also called on ...": the definite description stands for the
// party named in the sentence before (event/anaphor.go); and "killed in
// clashes with the PKK", with "clashes" tagged as a verb after "in", is
// fighting by the PKK against the soldiers (the tree repair in
// event/tree.go and the clash noun's "with" side). Both codes are missing
// with the rules off.
func TestPartyAnaphorAndClashesWith(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The French Communist Party criticised the interior minister on Monday. The party also called on the French government to change its security policy.",
			"020 FRAPTY>FRAGOV"},
		{"At least 40 Turkish soldiers have been killed in clashes with the PKK this year.", "190 TURREB>TURMIL"},
	} {
		d := runStandard(t, c.text, "2005-11-04")
		var got []string
		for _, e := range d.Events {
			if e.Target != nil && e.Sentence == len(d.Sentences)-1 {
				got = append(got, e.Cameo+" "+e.Source.Code+">"+e.Target.Code)
			}
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: events %v, want %s", c.text, got, c.want)
		}
	}
}

// Review cases of session 9, through the whole pipeline (sentences written
// by the team): naming a leader a partner is no criticism; a crowd that
// gathers to welcome an ambassador welcomes him; boosting gas supplies is
// no aid; an agreement between two named countries signed after talks is
// not the talking pair's.
func TestSessionNineReviewEvents(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The Kremlin branded Ukraine's new president a reliable partner.", ""},
		{"Filipino crowds gathered outside the U.S. embassy in Manila to welcome the new American ambassador.", "051 PHLCVL>USAGOV"},
	} {
		if got := eventsOf(t, c.text, "2026-05-06", 0); got != c.want {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
	}
	if got := eventsOf(t, "Qatar boosted gas supplies to Europe last winter.", "2026-05-06", 0); strings.Contains(got, "070") {
		t.Errorf("gas supplies coded as aid: %s", got)
	}
	text := "South Korean President Lee Jae-myung and Vietnamese leader To Lam held talks at the presidential palace. " +
		"A border agreement between Vietnam and Laos was also signed after the talks."
	if got := eventsOf(t, text, "2026-05-06", 1); strings.Contains(got, "057 KOR") {
		t.Errorf("an agreement between Vietnam and Laos credited to the talking pair: %s", got)
	}
}

// Review cases of session 9 for quotes: a dateline or a wire label before
// a colon is no speaker; "would go on to say" keeps its quote; "reportedly
// said" gives one quote, not two.
func TestSessionNineReviewQuotes(t *testing.T) {
	d := runStandard(t, "Floods hit western Kenya on Monday.\n\nALSO READ: Floods kill 40 people in western Kenya\n\n"+
		"NAIROBI: The government will raise fuel prices next month, officials said.\n\n"+
		"He would later go on to say that the election had been stolen.\n\n"+
		"The minister reportedly said the talks had failed.", "2026-05-06")
	sources := map[string]int{}
	says := 0
	for _, q := range d.Quotes {
		if q.Source != nil {
			sources[q.Source.Text]++
		}
		if q.Cue.Text == "say" {
			says++
		}
		if q.Cue.Text == "reportedly" {
			t.Errorf("a second quote on 'reportedly said': %+v", q)
		}
	}
	for _, bad := range []string{"ALSO READ", "NAIROBI"} {
		if sources[bad] > 0 {
			t.Errorf("%q taken for a speaker: %v", bad, sources)
		}
	}
	if says != 1 {
		t.Errorf("'would go on to say' gives %d quotes, want 1", says)
	}
}

// Review cases of session 10 (events and timex): a second strike with a
// day of its own is no twin of the first; an army officer is not the
// police; a clock time does not take a possessive day across a verb; a
// plural noun after "if" is no present condition; "from Sunday's final"
// compares nothing; a named quarter keeps its quarter a year back.
func TestSessionTenReview(t *testing.T) {
	if got := eventsOf(t, "Israel struck Gaza on Monday and struck again on Wednesday.", "2024-05-15", 0); strings.Count(got, "190 ") != 2 {
		t.Errorf("two strikes: events %q", got)
	}
	officer := "DHAKA (dyad) - Bangladeshi police detained 20 people on Monday. Protesters attacked an army officer in Sylhet."
	if got := eventsOf(t, officer, "2026-02-03", 1) + "," + eventsOf(t, officer, "2026-02-03", 2); strings.Contains(got, ">BGDCOP") {
		t.Errorf("an army officer coded as the police: %q", got)
	}
	values := func(text, date string) map[string]string {
		d := runStandard(t, text, date)
		out := map[string]string{}
		for _, x := range d.Timexes {
			out[x.Text] = x.Value
		}
		return out
	}
	for _, c := range []struct{ text, date, expr, want string }{
		{"After Friday's vote, parliament will meet again on Monday at 10 a.m.", "2024-05-05", "10 a.m.", "2024-05-06T10:00"},
		{"He wondered if the elections in March were fair.", "2024-11-28", "March", "2024-03"},
		{"Fans will travel from Sunday's final to the fan zone.", "2024-05-03", "Sunday", "2024-05-05"},
		{"Profit rose in the third quarter. Last year the company cut 200 jobs. Sales fell from the year-ago quarter.", "2024-10-26", "the year-ago quarter", "2023-Q3"},
	} {
		if got := values(c.text, c.date)[c.expr]; got != c.want {
			t.Errorf("%q: %q = %q, want %q", c.text, c.expr, got, c.want)
		}
	}
}

// Review of session 11's event and quote rules: a capital after "to"
// stands for its government unless parties go or meet there; a place does
// not make the attacker's ally a target of fighting men in it; allies who
// fought together, or teams that battled to a draw, did not fight each
// other; a threat's condition naming the threatener's own side leaves its
// target; the dictionary's 120 for a prevention done stands.
func TestSessionElevenReview(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"The United States and Britain pledged new military aid to Kyiv.", ">UKR", ""},
		{"Chadian and French forces fought jihadists in northern Mali.", "", ">MLI"},
		{"French and Malian soldiers fought together near Gao on Tuesday.", "", ">FRAMIL"},
		{"Brazil and Argentina battled to a goalless draw in Buenos Aires.", "", ">BRA"},
		{"The United States threatened to withdraw support for Ukraine unless the Pentagon found new money.", "USA>UKR", ""},
		{"The Taliban prevented Pakistani troops from crossing the border.", "120 ", ""},
		// second review: a month names its era; the opposition is another
		// side; a fight at the border; a camp is a place
		{"Israeli jets struck southern Lebanon, the heaviest strikes since the July 2006 war.", ">LBN", ""},
		{"Kenyan President William Ruto threatened to deploy the army unless opposition leader Raila Odinga called off the protests.", ">KENOPP", ""},
		{"Indian and Pakistani troops clashed at the border on Tuesday.", "INDMIL>PAKMIL", ""},
		{"Israeli jets struck a refugee camp in southern Lebanon on Tuesday.", ">LBN", ""},
	} {
		got := eventsOf(t, c.text, "2026-05-01", 0)
		if c.want != "" && !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q: events %q (want %q, not %q)", c.text, got, c.want, c.not)
		}
	}
	sources := func(text string) []string {
		d := runStandard(t, text, "2026-05-01")
		var out []string
		for _, q := range d.Quotes {
			if q.Source != nil {
				out = append(out, q.Source.Text)
			}
		}
		return out
	}
	for _, text := range []string{
		"Iranian officials were persuaded to return to the talks.",
		"The minister was encouraged to resign by his party.",
	} {
		if got := sources(text); len(got) > 0 {
			t.Errorf("%q: quote sources %q, want none", text, got)
		}
	}
}
