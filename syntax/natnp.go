package syntax

import (
	"os"
	"strings"
)

// Titled names led by an adjective. News names its actors as "Belarusian
// President Alexander Lukashenko", "Former Prime Minister Jane Doe",
// "Outgoing Iraqi Interior Minister …". The parser, trained on web text
// with few such phrases, sometimes leaves the adjective outside the name it
// modifies: it becomes the sentence's root with the verb as its ccomp, the
// head of the whole phrase (its xcomp, iobj, conj), or an advmod of the
// verb. On the first 600 bench-news stories 14 of 257 nationality + title
// phrases are parsed that way, and the quote and event rules that look for
// a verb's subject or a cue's clause then miss them.
//
// fixTitledAdjective finds a capitalised adjective (JJ, or a proper noun
// shaped as a nationality: -an, -ese, -ish, -i) right before a title word,
// followed by the run of capitalised words that continue the name, and,
// when the adjective is not attached inside that run, repairs the tree:
//
//   - a dependent of the adjective outside the run (the verb the parser hung
//     on it) takes the adjective's head and relation, and the adjective's
//     other outside dependents go to it;
//   - the run's own head (its word attached outside it; or, when the
//     adjective heads the whole run, the adjective's dependent in the run
//     that leads the most words) keeps or takes over the phrase's place: its
//     outside head, the verb above (as nsubj when the phrase stands before
//     it with no other subject), or the adjective's old head and relation;
//   - the adjective becomes an amod of the word the title word after it
//     attaches to in the run ("Minister" for "Prime Minister", the name for
//     "President Alexander Lukashenko"), or of the title word itself when
//     that heads the run.
//
// The repair is undone if it would make a cycle. UseTitledAdjective
// switches it off (DYAD_TITLED_ADJ=0 too).
var UseTitledAdjective = os.Getenv("DYAD_TITLED_ADJ") != "0"

var titleWords = map[string]bool{
	"President": true, "Vice": true, "Prime": true, "Minister": true, "Foreign": true,
	"Defence": true, "Defense": true, "Interior": true, "Finance": true, "Deputy": true,
	"Chancellor": true, "Premier": true, "King": true, "Queen": true, "Crown": true,
	"Prince": true, "Princess": true, "Ambassador": true, "Envoy": true, "Secretary": true,
	"General": true, "Gen.": true, "Chief": true, "Army": true, "Lieutenant": true,
	"Lt.": true, "Col.": true, "Colonel": true, "Major": true, "Maj.": true, "Admiral": true,
	"Adm.": true, "Senator": true, "Sen.": true, "Governor": true, "Gov.": true,
	"Speaker": true, "Opposition": true, "Leader": true, "Trade": true, "Economy": true,
	"Energy": true, "Health": true, "Justice": true, "Education": true, "Labour": true,
	"Labor": true, "Agriculture": true, "Industry": true, "Environment": true,
	"Transport": true, "Information": true, "Home": true, "Sheikh": true, "Emir": true,
	"Sultan": true, "Archbishop": true, "Bishop": true, "Cardinal": true, "Mr.": true,
	"Mrs.": true, "Ms.": true, "Dr.": true, "Mayor": true, "Judge": true, "Senior": true,
	"Commander": true, "Spokesman": true, "Spokeswoman": true, "Central": true,
}

func titledAdjective(w, xpos string) bool {
	if !upperStart(w) || titleWords[w] {
		return false
	}
	switch xpos {
	case "JJ":
		return true
	case "NNP", "NNPS":
		for _, suf := range []string{"an", "ese", "ish", "i"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
				return true
			}
		}
	}
	return false
}

// nationFirst are first words of nationalities of two words.
var nationFirst = map[string]bool{
	"South": true, "North": true, "Sri": true, "East": true, "West": true, "Costa": true,
	"El": true, "Sierra": true, "Papua": true, "Burkina": true, "Central": true, "New": true,
	"Saudi": true, "Puerto": true, "Equatorial": true, "Ivory": true,
}

// fixTitledAdjective repairs heads (1-based, 0 the root) and deprels of one
// parsed sentence in place.
func fixTitledAdjective(words, xpos []string, heads []int, deprels []string) {
	if !UseTitledAdjective {
		return
	}
	n := len(words)
	for a := 0; a+1 < n; a++ {
		if !titleWords[words[a+1]] || !titledAdjective(words[a], xpos[a]) {
			continue
		}
		e := a + 1
		for e+1 < n && upperStart(words[e+1]) && nameTag(xpos[e+1]) {
			e++
		}
		if h := heads[a] - 1; h > a && h <= e || a > 0 && h == a-1 && nationFirst[words[a-1]] {
			// attached in the name, or to the word before it in a
			// nationality of two words ("Sri Lankan", "South African").
			continue
		}
		if e+1 < n && strings.HasPrefix(xpos[e+1], "NN") {
			// the run modifies a noun after it ("the Israeli Defense
			// Forces", "Iraqi Interior Ministry officials").
			continue
		}
		repairTitled(a, e, xpos, heads, deprels)
		a = e
	}
}

func nameTag(x string) bool {
	switch x {
	case "NNP", "NNPS", "NN", "JJ":
		return true
	}
	return false
}

func repairTitled(a, e int, xpos []string, heads []int, deprels []string) {
	n := len(heads)
	saveH := append([]int(nil), heads...)
	saveD := append([]string(nil), deprels...)
	in := func(t int) bool { return t > a && t <= e }
	oldHead, oldRel := heads[a], deprels[a]
	var outside, inside []int
	for t := 0; t < n; t++ {
		if heads[t]-1 == a {
			if in(t) {
				inside = append(inside, t)
			} else {
				outside = append(outside, t)
			}
		}
	}
	// r: the run's own head: its word attached outside it, or the
	// adjective's dependent in the run that leads the most words.
	r, placed := -1, false
	for t := a + 1; t <= e; t++ {
		if h := heads[t] - 1; !in(h) && h != a {
			r, placed = t, true
			break
		}
	}
	if r < 0 {
		best := -1
		for _, t := range inside {
			if k := leads(t, a, e, heads); k > best {
				best, r = k, t
			}
		}
	}
	if r < 0 {
		return
	}
	// c: the verb hung on the adjective, when the adjective stood in a
	// clause's place (the root, a ccomp, …).
	c := -1
	if clausalRel[oldRel] {
		for _, t := range outside {
			if isVerbTag(xpos[t]) {
				c = t
				break
			}
		}
	}
	switch {
	case c >= 0:
		heads[c], deprels[c] = oldHead, oldRel
		for _, t := range outside {
			if t != c {
				heads[t] = c + 1
			}
		}
		if !placed {
			switch {
			case oldRel == "xcomp" && oldHead > 0:
				// "prompted German Foreign Minister Klaus Kinkel to say"
				heads[r], deprels[r] = oldHead, "obj"
			case r < c && !hasSubject(c, heads, deprels):
				heads[r], deprels[r] = c+1, "nsubj"
			default:
				heads[r] = c + 1
			}
		}
	default:
		// the adjective stood in the phrase's place (obj, nsubj, conj, …):
		// the run's head takes it, and what hung on the adjective goes to
		// the adjective's head (a clause) or to the run's head.
		if !placed {
			heads[r], deprels[r] = oldHead, oldRel
			if oldRel == "xcomp" {
				// "met French President Emmanuel Macron", the
				// adjective read as a secondary predicate
				deprels[r] = "obj"
			}
		}
		for _, t := range outside {
			if (isVerbTag(xpos[t]) || clauseIntroducer(t, xpos, deprels)) && oldHead > 0 {
				heads[t] = oldHead
			} else {
				heads[t] = r + 1
			}
		}
	}
	for _, t := range inside {
		if t != r {
			heads[t] = r + 1
		}
	}
	heads[a], deprels[a] = attachPoint(a, e, heads), "amod"
	if cyclic(heads) {
		copy(heads, saveH)
		copy(deprels, saveD)
	}
}

// clauseIntroducer reports whether word t, hung on the adjective, opens the
// clause the adjective stood in: a "when" or "where" (WRB advmod) or a
// subordinator (mark), as in "reached a peak when Turkish Interior
// Minister … accused": it belongs to the clause, not to the name
// (session 33 review).
func clauseIntroducer(t int, xpos, deprels []string) bool {
	return deprels[t] == "mark" || deprels[t] == "advmod" && xpos[t] == "WRB"
}

// attachPoint is the 1-based head for the adjective: the head of the title
// word after it when that lies in the run, else the title word.
func attachPoint(a, e int, heads []int) int {
	t := a + 1
	if h := heads[t] - 1; h > a && h <= e && h != t {
		return h + 1
	}
	return t + 1
}

// leads counts the words of the run under t.
func leads(t, a, e int, heads []int) int {
	k := 0
	for u := a + 1; u <= e; u++ {
		for v, hop := u, 0; v >= 0 && hop <= len(heads); v, hop = heads[v]-1, hop+1 {
			if v == t {
				k++
				break
			}
		}
	}
	return k
}

// clausalRel are relations a clause takes: an adjective parsed into one of
// them stood in the place of the verb hung on it.
var clausalRel = map[string]bool{
	"root": true, "ccomp": true, "advcl": true, "parataxis": true, "csubj": true, "xcomp": true,
}

func hasSubject(v int, heads []int, deprels []string) bool {
	for t, h := range heads {
		if h-1 == v && strings.HasPrefix(deprels[t], "nsubj") {
			return true
		}
	}
	return false
}

func isVerbTag(x string) bool { return strings.HasPrefix(x, "VB") || x == "MD" }

// cyclic reports whether the 1-based heads hold a cycle or lose the root.
func cyclic(heads []int) bool {
	n := len(heads)
	for t := range heads {
		v := t
		for hop := 0; ; hop++ {
			if hop > n {
				return true
			}
			h := heads[v]
			if h == 0 {
				break
			}
			if h < 0 || h > n {
				return true
			}
			v = h - 1
		}
	}
	return false
}
