package quote

import (
	_ "embed"
	"strconv"
	"strings"
)

// cueCounts is, for each verb lemma, how often it was an annotated cue in
// PolNeAR train when dyad's parser gave it a clausal complement (ccomp),
// or an object or open complement (obj, xcomp), and how often it had one.
//
//go:embed cues.tsv
var cueCounts string

// cueRate holds a lemma's cue rates with a clause and with an object.
type cueRate struct{ clause, object, objectUses float64 }

// rates is cueCounts as smoothed rates: cues / (occurrences + 1).
var rates = map[string]cueRate{}

// Tuned on PolNeAR train (overlap F1 of cues): a verb is a cue with a
// clausal complement when at least ClauseRate of its clausal uses were
// cues in train, and with an object when at least ObjectRate were.
var (
	ClauseRate = 0.4
	ObjectRate = 0.2
)

func loadRates() {
	for _, line := range strings.Split(cueCounts, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		var n [4]float64
		for i := range n {
			v, err := strconv.Atoi(f[i+1])
			if err != nil {
				panic("quote: cues.tsv: " + line)
			}
			n[i] = float64(v)
		}
		rates[f[0]] = cueRate{clause: n[0] / (n[1] + 1), object: n[2] / (n[3] + 1), objectUses: n[3]}
	}
}

// clauseCue reports whether lemma introduces reported content as a clause.
func clauseCue(lemma string) bool { return rates[lemma].clause >= ClauseRate }

// objectCue reports whether lemma introduces reported content as an object
// or open complement (criticized X for …, called for …, wants to …).
func objectCue(lemma string) bool { return rates[lemma].object >= ObjectRate }

// cueKind tells what a cue lemma may introduce.
type cueKind uint8

const (
	// speech verbs introduce direct and indirect quotes.
	speech cueKind = 1 << iota
	// cognition verbs (believe, think, …) introduce reported thoughts:
	// indirect content only.
	cognition
	// naming verbs (call, describe, dub, …) introduce a quoted fragment in
	// mixed quotes: called the talks “productive”.
	naming
)

// cues maps a verb lemma to what it introduces. The lists are chosen from
// English reporting style; the set was tuned on PolNeAR train only.
var cues = map[string]cueKind{}

func init() {
	loadRates()
	for _, w := range []string{
		"say", "tell", "add", "state", "announce", "claim", "warn", "insist",
		"argue", "explain", "note", "acknowledge", "admit", "deny", "suggest",
		"predict", "report", "write", "tweet", "post", "confirm", "reveal",
		"promise", "vow", "declare", "assert", "contend", "maintain",
		"complain", "allege", "caution", "stress", "emphasize", "emphasise",
		"reply", "respond", "answer", "ask", "continue", "recall", "remark",
		"observe", "concede", "testify", "charge", "boast", "joke", "quip",
		"shout", "yell", "scream", "exclaim", "whisper", "mutter", "retort",
		"counter", "conclude", "indicate", "signal", "pledge", "threaten",
		"urge", "demand", "insinuate", "proclaim", "repeat", "reiterate",
		"assure", "inform", "advise", "lament", "speculate", "muse", "opine",
		"mention", "point", "disclose", "predict", "estimate", "declare",
		"chant", "agree", "wonder", "recount",
	} {
		cues[w] |= speech
	}
	for _, w := range []string{
		"believe", "think", "feel", "know", "hope", "fear", "expect", "worry",
		"suspect", "doubt", "assume", "understand", "realize", "realise",
		"recognize", "recognise", "consider", "imagine", "guess", "figure",
		"reckon", "decide", "find", "learn", "hear", "see", "show", "prove",
		"determine", "agree", "wonder", "say", "tell", "add", "argue",
		"claim", "warn", "insist", "note", "acknowledge", "admit", "deny",
		"suggest", "predict", "report", "write", "confirm", "reveal",
		"promise", "vow", "declare", "assert", "contend", "maintain",
		"complain", "allege", "stress", "emphasize", "emphasise", "explain",
		"state", "announce", "ask", "recall", "concede", "testify", "charge",
		"indicate", "signal", "pledge", "threaten", "assure", "inform",
		"speculate", "mention", "point", "disclose", "estimate", "tweet",
		"post", "conclude", "remark", "observe", "reply", "respond",
		"boast", "worry", "lament",
	} {
		cues[w] |= cognition
	}
	for _, w := range []string{"call", "describe", "dub", "label", "brand", "term", "characterize", "characterise"} {
		cues[w] |= naming
	}
}

// directOK reports whether lemma can introduce a direct quote.
func directOK(lemma string) bool {
	return cues[lemma]&(speech|naming) != 0 || rates[lemma].clause >= directRate
}

// directRate is the clause cue rate from which a verb off the hand list
// introduces a direct quote (tuned on PolNeAR train).
const directRate = 0.8

// pronouns that refer back to a person mentioned earlier.
var personPronouns = map[string]bool{
	"he": true, "she": true, "him": true, "her": true, "i": true, "we": true,
	"they": true, "you": true,
}

// titles are nouns naming a person by office, resolved to the most recent
// person when they head a source ("the president", "the Indonesian leader").
var titles = map[string]bool{
	"president": true, "minister": true, "leader": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "official": true, "senator": true,
	"governor": true, "candidate": true, "nominee": true, "chancellor": true,
	"premier": true, "secretary": true, "chief": true, "king": true, "queen": true,
	"prince": true, "mayor": true, "ambassador": true, "general": true,
	"commander": true, "chairman": true, "chairwoman": true, "director": true,
	"envoy": true, "diplomat": true, "lawmaker": true, "congressman": true,
	"congresswoman": true, "representative": true, "businessman": true,
	"billionaire": true, "mogul": true, "democrat": true, "republican": true,
	"man": true, "woman": true, "aide": true, "adviser": true, "advisor": true,
	"manager": true, "strategist": true, "speaker": true, "judge": true,
	"prosecutor": true, "pope": true, "cleric": true, "ayatollah": true,
	"emir": true, "sheikh": true, "head": true, "founder": true, "ceo": true,
}

// CueLexicon reports how the rule lexicon takes a verb lemma: as a cue of a
// clause, of an object, and whether it is on the hand list of speech verbs;
// for error analysis.
func CueLexicon(lemma string) (clause, object, speechVerb bool) {
	return clauseCue(lemma), objectCue(lemma), cues[lemma]&speech != 0
}
