package actor

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// An acronym the story defines in brackets after a coded name is that
// name's actor wherever it recurs, even when its letters are not the
// name's initials (bracketAcronyms); letters the KB codes otherwise keep
// that reading.
func TestResolveBracketAcronym(t *testing.T) {
	checkResolved(t, "1999-04-20",
		"Indonesia's Moslem-led United Development Party (PPP) accused the ruling party of fraud on Monday. "+
			"PPP supporters marched through the city and the party said it would appeal.",
		[]want{{"PPP", 0, "IDNPTY", ""}, {"PPP", 1, "IDNPTY", ""}})
	checkResolved(t, "2005-12-15",
		"Singapore Airlines (SIA) will fly to Moscow from March, the carrier said on Thursday. SIA said demand was strong.",
		[]want{{"SIA", 1, "SGPBUS", ""}})
	// no bracket, no binding: the letters are not the name's initials
	checkResolved(t, "1999-04-20",
		"Indonesia's Moslem-led United Development Party accused the ruling party of fraud on Monday. "+
			"PPP supporters marched through the city.",
		[]want{{"PPP", 0, "-", ""}})
}

// A short name ("the Front") is the one longer organisation name of the
// story that ends in it (bindShortNames); two such names bind nothing.
func TestResolveShortOrganisationName(t *testing.T) {
	checkResolved(t, "1997-04-14",
		"India's governing United Front coalition lost a confidence vote on Friday. "+
			"The Congress party said the Front had failed the country.",
		[]want{{"Front", 0, "INDPTY", ""}})
	checkResolved(t, "1997-04-14",
		"India's governing United Front coalition met the leaders of the Popular Patriotic Front on Friday. "+
			"Officials said the Front had failed the country.",
		[]want{{"Front", 0, "-", ""}})
}

// A code read off part of a longer name ("United Front" inside "the United
// Front Against the Provisional Legislature") does not spread to another
// part of it.
func TestBindShortNamesWholeName(t *testing.T) {
	text := "Members of the United Front Against the Provisional Legislature marched on Saturday. " +
		"The Provisional Legislature will meet in July."
	d := resolveText(t, "1997-04-12", text)
	tok := func(off int) int {
		for i, k := range d.Tokens {
			if k.Start == off {
				return i
			}
		}
		t.Fatalf("no token at %d", off)
		return -1
	}
	long := strings.Index(text, "United Front")
	short := strings.LastIndex(text, "Provisional Legislature")
	ms := []mention{
		{s: tok(long), e: tok(strings.Index(text, " marched")-len("Legislature")) + 1, typ: "ORG",
			actor: &doc.Actor{Name: "United Front", Code: "INDPTY", Country: "IND", Sector: "PTY"}},
		{s: tok(short), e: tok(short+len("Provisional ")) + 1, typ: "ORG", actor: &doc.Actor{Name: "Provisional Legislature"}},
	}
	bindShortNames(d, ms)
	if c := ms[1].actor.Code; c != "" {
		t.Errorf("Provisional Legislature coded %s from the United Front", c)
	}
	ms[0].actor.Name = "United Front Against the Provisional Legislature"
	bindShortNames(d, ms)
	if c := ms[1].actor.Code; c != "INDPTY" {
		t.Errorf("Provisional Legislature coded %q, want the whole name's INDPTY", c)
	}
}

// "the Congress" in a story that names the Indian National Congress is
// the party (bindPartyNouns); with no such party it stays a legislature.
func TestResolvePartyNoun(t *testing.T) {
	checkResolved(t, "1997-04-03",
		"India's Congress party withdrew its support for the coalition on Sunday. "+
			"The Congress said the government had failed the country.",
		[]want{{"Congress", 0, "INDPTY", ""}})
	checkResolved(t, "2013-10-03",
		"President Barack Obama met Republican leaders on Sunday. Congress passed the budget on Monday.",
		[]want{{"Congress", 0, "USALEG", ""}})
	// bare "Congress", and "the Congress" beside "the US Congress", are
	// the legislature even where the story names a Congress party
	checkResolved(t, "2026-05-01",
		"President Joe Biden asked Congress on Monday to approve new aid for South Africa. "+
			"The African National Congress welcomed the request.",
		[]want{{"Congress", 0, "-", ""}})
	checkResolved(t, "2026-05-01",
		"The African National Congress lost its majority. Members of the US Congress said they were concerned. "+
			"The Congress also passed a trade bill.",
		[]want{{"Congress", 0, "USALEG", ""}}) // the US Congress's LEG, since session 27 its KB code too
	// bare, in a story about India alone: the party
	checkResolved(t, "2026-05-01",
		"The Indian National Congress lost the Haryana election on Tuesday. "+
			"Congress accused the BJP of tampering with voting machines.",
		[]want{{"Congress", 0, "INDPTY", ""}})
}

// A party's government is the state's: "the United Front government",
// "the Labour government" (composeRun, as for "the Taliban government").
func TestResolvePartyGovernment(t *testing.T) {
	checkResolved(t, "1997-04-03",
		"India's Congress party withdrew its support for the United Front government on Sunday.",
		[]want{{"United Front government", 0, "INDGOV", ""}, {"India's Congress party", 0, "INDPTY", ""}})
	checkResolved(t, "1998-06-03",
		"The Labour government in London said it would publish the figures.",
		[]want{{"Labour government", 0, "GBRGOV", ""}})
}
