package timex

import "testing"

// Eighteenth round: sentences written for the round's rules, each with the
// publication date it is read against. Each rule has cases that fail on
// the seventeenth round's rules; the others guard what must not change.
var round18Cases = []struct{ text, date, want string }{
	// (a) a determiner before a time word that modifies the noun after
	// it belongs to that noun: the expression is the modifier alone.
	{"Dealers were cautious in the morning session on the bourse.", "2024-05-01",
		"morning|TIME|2024-05-01TMO"},
	{"Two policemen died in a weekend raid on the camp.", "2024-05-01",
		"weekend|DATE|2024-W17-WE"},
	{"The club hopes to sign a striker in the winter break.", "2024-05-01",
		"winter|DATE|2024-WI"},
	{"Nobody was hurt in the mid-afternoon scuffle near the stadium.", "2024-05-01",
		"mid-afternoon|TIME|2024-05-01TAF"},
	{"The senator cancelled the late-November tour of the region.", "2024-05-01",
		"late-November|DATE|2023-11"},
	{"Farmers gathered in the capital for the three day festival.", "2024-05-01",
		"three day|DURATION|P3D"},
	{"The overnight arrests angered the villagers.", "2024-05-01",
		"overnight|TIME|2024-04-30TNI"},
	// the determiner stays when no noun follows, or the next word is a
	// verb, a pronoun, a participle or an adverb
	{"The weekend saw heavy fighting in the north.", "2024-05-01",
		"The weekend|DATE|2024-W17-WE"},
	{"He was seen in the town the morning she vanished.", "2024-05-01",
		"the morning|TIME|2024-05-01TMO"},
	{"Rebels attacked three villages at the weekend killing nine people.", "2024-05-01",
		"the weekend|DATE|2024-W17-WE"},
	{"Play was halted several times during the afternoon because of rain.", "2024-05-01",
		"the afternoon|TIME|2024-05-01TAF"},
	{"The mine will resume work in the winter regardless of the danger.", "2024-05-01",
		"the winter|DATE|2024-WI"},
	{"The players rested over the two days before the final.", "2024-05-01",
		"the two days|DURATION|P2D"},
	// (a) a possessive date determines the noun after it: a word before
	// it governs that noun and is no approximator of the date.
	{"Lawyers looked for ways to get around Wednesday's ruling.", "2024-05-02",
		"Wednesday|DATE|2024-05-01"},
	{"Sources close to Monday's talks said little.", "2024-05-02",
		"Monday|DATE|2024-04-29"},
	{"The talks began around noon Tuesday.", "2024-05-02",
		"around noon Tuesday|TIME|2024-04-30T12:00"},
	{"The country faces another four months' agony.", "2024-05-02",
		"another four months|DURATION|P4M"},
	// (c) a plan compared with through "as" and an adverb ("as
	// originally planned") is no verb of the clause: the clause's own
	// tense decides, as it does after a bare "as planned".
	{"The offensive began as previously planned Saturday night.", "2024-05-01",
		"Saturday night|DATE|2024-04-27"},
	{"The ceremony was held as originally scheduled on Tuesday.", "2024-05-01",
		"Tuesday|DATE|2024-04-30"},
	{"The leaders will meet as originally planned on Tuesday.", "2024-05-01",
		"Tuesday|DATE|2024-05-07"},
	// session 21: "agreed to" before a noun phrase is past, not a plan
	{"The two neighbours agreed to a truce in July.", "2024-11-20",
		"July|DATE|2024-07"},
	{"The rebels vowed to their supporters in March that the fight would go on.", "2024-11-20",
		"March|DATE|2024-03"},
	{"The two neighbours agreed to hold talks in July.", "2024-11-20",
		"July|DATE|2025-07"},
}

func TestTagRound18(t *testing.T) {
	for _, c := range round18Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
