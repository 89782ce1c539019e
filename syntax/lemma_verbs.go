package syntax

// The verb step of the lemmatizer: a regular verb form (VBD, VBN, VBG,
// VBZ) that the dictionaries and hand tables do not hold is cut to one of
// the lemmas English spelling allows for it ("-ed" → ∅, e, an undoubled
// consonant, y; "-ing" likewise; "-s" → ∅; "-es" → ∅; "-ies" → y), and
// among them a lemma known as a verb (from the training tags or
// LemmaOptions.Verbs) is taken first, then one known as a noun, in the
// order the learned suffix rules give them.

import "strings"

// lmVerbal reports whether xpos is an inflected verb tag of the verb step.
func lmVerbal(xpos string) bool {
	return xpos == "VBD" || xpos == "VBN" || xpos == "VBG" || xpos == "VBZ"
}

func lmVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func lmLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// lmVowelAt reports whether w[i] is spoken as a vowel: a, e, i, o, u
// except u after q, and y after a consonant.
func lmVowelAt(w string, i int) bool {
	c := w[i]
	if c == 'u' && i > 0 && w[i-1] == 'q' {
		return false
	}
	if c == 'y' {
		return i > 0 && !lmVowelAt(w, i-1)
	}
	return lmVowel(c)
}

// lmSyllables counts the vowel groups of w.
func lmSyllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := lmVowelAt(w, i)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// lmCVC reports whether w ends consonant, one vowel, consonant (not w, x,
// y): the ending whose consonant doubles before -ed and -ing when stressed.
func lmCVC(w string) bool {
	n := len(w)
	if n < 3 || strings.IndexByte("aeiouwxy", w[n-1]) >= 0 || !lmLetter(w[n-1]) || !lmVowelAt(w, n-2) || w[n-2] == 'y' {
		return false
	}
	return !lmVowelAt(w, n-3) && lmLetter(w[n-3])
}

// lmSibilant reports whether w ends in s, x, z, ch or sh (a verb that
// takes -es).
func lmSibilant(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

// lmBareOK reports whether w can be the lemma whose -ed or -ing form
// (ing true) adds the ending to w unchanged.
func lmBareOK(w string, ing bool) bool {
	n := len(w)
	if n < 3 {
		return false // the two-letter verbs are irregular (be, do, go)
	}
	last, prev := w[n-1], w[n-2]
	switch {
	case last == 'e':
		// agree+ing, dye+ing, hoe+ing; a lemma in a single e drops it.
		return ing && (prev == 'e' || prev == 'y' || prev == 'o')
	case last == 'y' && !lmVowel(prev):
		return ing // deny+ing; the past is -ied
	case last == 'c' || last == 'v' || last == 'j' || last == 'q':
		return false // forc-ed, lov-ed: force, love
	case last == 'u' && !lmVowel(prev):
		return false // argu-ed, piqu-ed: argue, pique
	case (last == 'l' || last == 'r') && strings.IndexByte("bcdfgkptvz", prev) >= 0:
		return false // rumbl-ed, centr-ed: rumble, centre
	case last == 'i' && !ing:
		return false // -ied is the past of -y and -ie
	case last == prev && strings.IndexByte("ssllffzzddbbrrggtt", last) < 0:
		return false // stopp-ed: stop (kiss, fill, add, err end doubled)
	}
	if lmCVC(w) && lmSyllables(w) == 1 {
		return false // wag-ed, fin-ed: a stressed final consonant doubles (wagged)
	}
	return true
}

// lmSilentEOK reports whether w+"e" can be a verb lemma by its spelling.
func lmSilentEOK(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	last, prev := w[n-1], w[n-2]
	switch {
	case last == 'e':
		return false
	case lmVowel(last) || last == 'y':
		// argue, dye, eye, tie, canoe; not playe, partie
		return last == 'u' && !lmVowel(prev) || last == 'y' && n <= 2 || last == 'i' && n == 2 || last == 'o'
	case last == 'x' || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "zz") || strings.HasSuffix(w, "tz"):
		return false // boxe, blitze
	case last == 'h' && prev != 't':
		return false
	case last == prev && last != 's' && last != 't' && last != 'f':
		return false // planne, fuelle (finesse, gaffe stand)
	}
	if n >= 3 && lmVowel(prev) && lmVowel(w[n-3]) && !(w[n-3] == 'u' && n >= 4 && (w[n-4] == 'q' || w[n-4] == 'g')) {
		// Two vowel letters and a consonant rarely take a silent e
		// (floute, impaire, beheade), except before s, z, v, c, g, th
		// (raise, seize, leave) and where ea/ia/ua/eo/io are two
		// syllables (create, mediate).
		pair := w[n-3 : n-1]
		if strings.IndexByte("bdklmnprt", last) >= 0 {
			switch pair {
			case "ai", "au", "ee", "ei", "oa", "oi", "oo", "ou":
				return false
			case "ea":
				return last == 't'
			}
		}
	}
	return true
}

// lmUndoubleOK reports whether w ends in a doubled consonant that a
// lemma ending consonant, vowel, consonant would double (stopp → stop), or
// in an l that British spelling doubles after any vowel (fuell → fuel).
func lmUndoubleOK(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != w[n-2] || strings.IndexByte("bdfgklmnprstvz", w[n-1]) < 0 {
		return false
	}
	return lmCVC(w[:n-1]) || w[n-1] == 'l' && lmVowel(w[n-3])
}

// lmVerbStems returns the lemmas English spelling allows for the lower-case
// regular verb form with tag xpos, in a fixed order, or none; and rarer
// ones (taxi, stymie, untie) to be taken only when known as verbs.
func lmVerbStems(form, xpos string) (out, weak []string) {
	for i := 0; i < len(form); i++ {
		if !lmLetter(form[i]) {
			return nil, nil
		}
	}
	add := func(c string) {
		if len(c) >= 2 {
			for _, o := range out {
				if o == c {
					return
				}
			}
			out = append(out, c)
		}
	}
	switch xpos {
	case "VBZ":
		if len(form) < 3 || form[len(form)-1] != 's' || strings.HasSuffix(form, "ss") || strings.HasSuffix(form, "us") {
			return nil, nil
		}
		if b, ok := strings.CutSuffix(form, "ies"); ok {
			if len(b) >= 2 && !lmVowel(b[len(b)-1]) {
				add(b + "y") // denies
			}
			if len(b) == 1 {
				add(b + "ie") // dies, ties
			} else {
				weak = append(weak, b+"ie") // unties
			}
			return out, weak
		}
		b := form[:len(form)-1]
		if strings.HasSuffix(b, "e") {
			if c := b[:len(b)-1]; lmSibilant(c) || strings.HasSuffix(c, "o") {
				if strings.HasSuffix(c, "zz") && lmCVC(c[:len(c)-1]) {
					add(c[:len(c)-1]) // quizzes
				} else {
					add(c) // boxes, vetoes
				}
			}
			if lmSilentEOK(b[:len(b)-1]) {
				add(b) // notes
			}
			return out, weak
		}
		if !lmSibilant(b) && !(strings.HasSuffix(b, "y") && !lmVowel(b[len(b)-2])) && !strings.HasSuffix(b, "o") {
			add(b) // talks, plays
		}
		return out, weak
	case "VBD", "VBN", "VBG":
		ing := xpos == "VBG"
		end := "ed"
		if ing {
			end = "ing"
		}
		b, ok := strings.CutSuffix(form, end)
		if !ok || len(b) < 2 {
			return nil, nil
		}
		if lmBareOK(b, ing) {
			add(b)
		}
		if lmSilentEOK(b) && !(ing && strings.IndexByte("aioy", b[len(b)-1]) >= 0) {
			add(b + "e") // a final e kept before -ing is bare above (dyeing, hoeing)
		}
		if lmUndoubleOK(b) {
			add(b[:len(b)-1])
		}
		n := len(b)
		switch {
		case !ing && b[n-1] == 'i' && n >= 3 && !lmVowel(b[n-2]):
			add(b[:n-1] + "y")            // denied
			weak = append(weak, b, b+"e") // taxied, stymied
		case ing && n == 2 && b[1] == 'y':
			add(b[:1] + "ie") // dying, tying
		case ing && n > 2 && b[n-1] == 'y':
			weak = append(weak, b[:n-1]+"ie") // untying
		}
	}
	return out, weak
}

// byVerb is the verb step for the lower-case form with the verbal tag
// xpos: the spellable lemmas, ordered by the suffix rules of xpos (the
// longest ending first, its rules by support), then a known verb, a known
// noun, the form itself when it is a known lemma (an adjective tagged as a
// participle: "unprecedented"), or the first.
func (l *Lemmatizer) byVerb(form, xpos string) (string, bool) {
	cands, weak := lmVerbStems(form, xpos)
	if len(cands) == 0 {
		return "", false
	}
	order := make([]string, 0, len(cands))
	in := func(c string) bool {
		for _, o := range order {
			if o == c {
				return true
			}
		}
		return false
	}
	valid := func(c string) bool {
		for _, o := range cands {
			if o == c {
				return true
			}
		}
		return false
	}
	if m := l.rules[xpos]; m != nil {
		for s := min(l.maxSuf, len(form)-1); s >= 0 && len(order) < len(cands); s-- {
			for _, r := range m[form[len(form)-s:]] {
				if r.cut >= len(form) {
					continue
				}
				if c := form[:len(form)-r.cut] + r.add; valid(c) && !in(c) {
					order = append(order, c)
				}
			}
		}
	}
	for _, c := range cands {
		if !in(c) {
			order = append(order, c)
		}
	}
	for _, c := range append(order, weak...) {
		if l.kinds[c]&(lmVerb|lmVerbLex) != 0 {
			return c, true
		}
	}
	for _, c := range order {
		if l.kinds[c]&lmNoun != 0 {
			return c, true
		}
	}
	if l.known[form] {
		return form, true
	}
	return order[0], true
}

// ReadWordNetVerbs reads the one-word verbs of WordNet's index.verb in dir
// (LemmaOptions.Verbs).
func ReadWordNetVerbs(dir string) ([]string, error) {
	var out []string
	err := eachWordNetLine(dir, "index.verb", func(line string) {
		w, _, _ := strings.Cut(line, " ")
		if w != "" && !strings.ContainsAny(w, "_-.'0123456789") {
			out = append(out, w)
		}
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ShippedLemmaOptions are the options of the shipped lemmatizer
// (model/lemma.bin.zst): the verb step, with WordNet's verbs from
// wordnetDir when it is not empty.
func ShippedLemmaOptions(wordnetDir string) (LemmaOptions, error) {
	opt := LemmaOptions{VerbStep: true}
	if wordnetDir != "" {
		v, err := ReadWordNetVerbs(wordnetDir)
		if err != nil {
			return LemmaOptions{}, err
		}
		opt.Verbs = v
	}
	return opt, nil
}
