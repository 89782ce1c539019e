package segment

import (
	"reflect"
	"strings"
	"testing"
)

// TestUnwrapParagraphs covers texts hard-wrapped with a blank line after
// every line, whose sentences run across paragraphs, and ordinary news,
// where a paragraph without final punctuation is a headline or a list line
// and stays a sentence of its own.
func TestUnwrapParagraphs(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []string // sentences, white space collapsed
		paras int
	}{
		{"wrapped story",
			"Ministers met in Lagos on Monday to discuss the\n\nnew budget, which the Finance Minister\n\n" +
				"Amina Bello presented to parliament last\n\nweek. The opposition said the plan would\n\n" +
				"raise taxes on small traders and farmers.\n\nLAGOS: A second meeting is planned for\n\nFriday, officials said.",
			[]string{
				"Ministers met in Lagos on Monday to discuss the new budget, which the Finance Minister Amina Bello presented to parliament last week.",
				"The opposition said the plan would raise taxes on small traders and farmers.",
				"LAGOS: A second meeting is planned for Friday, officials said.",
			}, 2},
		{"wrapped digest with slug lines and a dateline",
			"We plan to send the following stories:\n\nACCRA (AFP) - The ruling party and the\n\nopposition agreed on Tuesday to hold\n\n" +
				"talks on the electoral law before the\n\nvote in June.\n\nGhana-vote\n\n400 words\n\nKUMASI: Traders in the\n\n" +
				"central market closed their stalls for a\n\nsecond day in protest at new levies.",
			[]string{
				"We plan to send the following stories:",
				"ACCRA (AFP) -",
				"The ruling party and the opposition agreed on Tuesday to hold talks on the electoral law before the vote in June.",
				"Ghana-vote 400 words",
				"KUMASI: Traders in the central market closed their stalls for a second day in protest at new levies.",
			}, 4},
		{"headline before wrapped lines",
			"Floods close schools in the east\n\nHeavy rain closed schools across the\n\neastern provinces on Sunday and\n\n" +
				"cut the main road, the police\n\nsaid on Monday, and more rain\n\nis expected this week.",
			[]string{
				"Floods close schools in the east",
				"Heavy rain closed schools across the eastern provinces on Sunday and cut the main road, the police said on Monday, and more rain is expected this week.",
			}, 2},
		{"ordinary news with a headline stays",
			"Floods close schools in the east\n\nHeavy rain closed schools on Sunday, the police said.\n\n" +
				"Rescue teams reached two villages.\n\nMore rain is expected\n\nRoads remain closed in three districts.",
			[]string{
				"Floods close schools in the east",
				"Heavy rain closed schools on Sunday, the police said.",
				"Rescue teams reached two villages.",
				"More rain is expected",
				"Roads remain closed in three districts.",
			}, 5},
		{"results list stays",
			"Group A results\n\nKenya 2 Ghana 1\n\nNigeria 0 Egypt 0\n\nMali 3 Togo 2\n\nStandings\n\nKenya 3 points",
			[]string{"Group A results", "Kenya 2 Ghana 1", "Nigeria 0 Egypt 0", "Mali 3 Togo 2", "Standings", "Kenya 3 points"}, 6},
		{"one break inside a sentence is not enough",
			"Talks resume in Addis Ababa\n\nThe two sides met on Monday and\n\nagreed to meet again.\n\n" +
				"Mediators said progress was slow.\n\nA deal is not expected soon.\n\nBoth delegations left the city.",
			[]string{
				"Talks resume in Addis Ababa",
				"The two sides met on Monday and",
				"agreed to meet again.",
				"Mediators said progress was slow.",
				"A deal is not expected soon.",
				"Both delegations left the city.",
			}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, ss, _ := Split(tt.text)
			got := make([]string, len(ss))
			for i, s := range ss {
				got[i] = strings.Join(strings.Fields(tt.text[s.Start:s.End]), " ")
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences\n%q\nwant\n%q", got, tt.want)
			}
			if len(ps) != tt.paras {
				t.Errorf("%d paragraphs, want %d", len(ps), tt.paras)
			}
			for i, s := range ss {
				if p := ps[s.Paragraph]; s.Start < p.Start || s.End > p.End {
					t.Errorf("sentence %d outside its paragraph %d", i, s.Paragraph)
				}
			}
		})
	}
}
