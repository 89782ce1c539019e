package syntax

// A test set of regular verb forms: the -s, -ed and -ing forms of every
// one-word verb lemma of the event pattern files (data/event/*.pat) and of
// the verbs of UD English EWT train and dev, each with its lemma. The forms
// are spelt here, apart from the lemmatizer's own rules: -e, -y and
// doubling by English spelling, doubling of a word of more than one
// syllable only where WordNet's verb.exc lists the doubled form (without
// WordNet such verbs are left out), and no -ed form for a verb with an
// irregular past (the pattern files' own irregular forms, the hand table,
// verb.exc).

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

type lvCase struct {
	form, xpos, lemma string
	pat               bool // a pattern verb (else an EWT verb only)
}

// lvPatternVerbs returns the one-word verb lemmas of data/event/*.pat and
// the lemmas that list irregular forms there.
func lvPatternVerbs(t testing.TB) (verbs []string, irregular map[string]bool) {
	t.Helper()
	files, err := filepath.Glob("../data/event/*.pat")
	if err != nil || len(files) == 0 {
		t.Skipf("no pattern files: %v", err)
	}
	seen := map[string]bool{}
	irregular = map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			rest, ok := strings.CutPrefix(line, "verb ")
			if !ok {
				continue
			}
			if i := strings.Index(rest, "=>"); i >= 0 {
				rest = rest[:i]
			}
			if i := strings.Index(rest, "#"); i >= 0 {
				rest = rest[:i]
			}
			head, forms, hasForms := strings.Cut(rest, "|")
			head = strings.TrimSpace(head)
			if !lvAlpha(head) {
				continue // several words, a hyphen, a placeholder
			}
			if hasForms && strings.TrimSpace(forms) != "" {
				irregular[head] = true
			}
			if !seen[head] {
				seen[head] = true
				verbs = append(verbs, head)
			}
		}
	}
	slices.Sort(verbs)
	return verbs, irregular
}

func lvAlpha(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// lvWordNetExc reads WordNet's verb.exc as lemma → inflected forms, or
// returns nil.
func lvWordNetExc() map[string][]string {
	f, err := os.Open("/usr/share/wordnet/verb.exc")
	if err != nil {
		return nil
	}
	defer f.Close()
	m := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		for _, l := range fs[1:] {
			m[l] = append(m[l], fs[0])
		}
	}
	return m
}

func lvVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// lvSyllables counts vowel groups (y after a consonant counts as a vowel).
func lvSyllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := lvVowel(w[i]) || w[i] == 'y' && i > 0 && !lvVowel(w[i-1])
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// lvForms spells the regular forms of verb v. ok is false when its -ed and
// -ing forms are unsure (a word of several syllables ending consonant,
// vowel, consonant, without verb.exc).
func lvForms(v string, exc map[string][]string, irregular bool) (cs []lvCase) {
	n := len(v)
	last := v[n-1]
	// -s
	switch {
	case last == 'y' && !lvVowel(v[n-2]):
		cs = append(cs, lvCase{form: v[:n-1] + "ies", xpos: "VBZ"})
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		if !strings.HasSuffix(v, "ss") && (last == 's' || last == 'z') && lvSyllables(v) == 1 && !lvVowel(v[n-2]) {
			break // bus, quiz: unsure
		}
		cs = append(cs, lvCase{form: v + "es", xpos: "VBZ"})
	case last == 'o':
		cs = append(cs, lvCase{form: v + "es", xpos: "VBZ"})
	default:
		cs = append(cs, lvCase{form: v + "s", xpos: "VBZ"})
	}
	doubled := ""
	for _, f := range exc[v] {
		if len(f) == n+3 && f[:n] == v && f[n] == last && f[n+1:] == "ed" {
			doubled = f
		}
		if !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s") && f != doubled {
			irregular = true // an irregular past: fought, dreamt
		}
	}
	cvc := n >= 3 && !lvVowel(last) && !strings.ContainsRune("wxy", rune(last)) && lvVowel(v[n-2]) && !lvVowel(v[n-3]) &&
		!(v[n-2] == 'u' && v[n-3] == 'q')
	var ed, ing string
	switch {
	case strings.HasSuffix(v, "ie"):
		ed, ing = v+"d", v[:n-2]+"ying"
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		ed, ing = v+"d", v+"ing"
	case last == 'e':
		ed, ing = v+"d", v[:n-1]+"ing"
	case last == 'y' && !lvVowel(v[n-2]):
		ed, ing = v[:n-1]+"ied", v+"ing"
	case last == 'c':
		return cs // panic, traffic: unsure
	case doubled != "":
		ed, ing = doubled, v+string(last)+"ing"
	case cvc && lvSyllables(v) == 1:
		ed, ing = v+string(last)+"ed", v+string(last)+"ing"
	case cvc && exc == nil:
		return cs
	default:
		ed, ing = v+"ed", v+"ing"
	}
	cs = append(cs, lvCase{form: ing, xpos: "VBG"})
	if !irregular {
		cs = append(cs, lvCase{form: ed, xpos: "VBD"}, lvCase{form: ed, xpos: "VBN"})
	}
	return cs
}

// lvCases builds the test set.
func lvCases(t testing.TB) []lvCase {
	pat, patIrr := lvPatternVerbs(t)
	exc := lvWordNetExc()
	isPat := map[string]bool{}
	for _, v := range pat {
		isPat[v] = true
	}
	verbs := slices.Clone(pat)
	for _, part := range []string{"train", "dev"} {
		for _, s := range tgLoadEWT(t, part) {
			for _, w := range s.Words {
				if w.UPOS == "VERB" && lvAlpha(w.Lemma) && strings.ContainsAny(w.Lemma, "aeiouy") && !isPat[w.Lemma] {
					isPat[w.Lemma] = false
					verbs = append(verbs, w.Lemma)
				}
			}
		}
	}
	slices.Sort(verbs)
	verbs = slices.Compact(verbs)
	var out []lvCase
	for _, v := range verbs {
		_, handIrr := lmIrregularBase(v)
		for _, c := range lvForms(v, exc, patIrr[v] || handIrr) {
			c.lemma, c.pat = v, isPat[v]
			out = append(out, c)
		}
	}
	return out
}

// lmIrregularBase reports whether v is a verb of the hand table.
func lmIrregularBase(v string) (string, bool) {
	for _, line := range strings.Split(lmVerbs, "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] == v {
			return v, true
		}
	}
	return "", false
}

// lvScore lemmatizes the set and counts wrong forms and verbs with a wrong
// form, for the pattern verbs and the EWT-only verbs, all forms and forms
// absent from the training dictionary.
func lvScore(l *Lemmatizer, cases []lvCase) (report string, patVerbsWrong int, wrong []string) {
	type tally struct{ forms, formsWrong, unseen, unseenWrong int }
	var tl [2]tally
	verbs := [2]map[string]bool{{}, {}}
	bad := [2]map[string]bool{{}, {}}
	for _, c := range cases {
		k := 1
		if c.pat {
			k = 0
		}
		_, seen := l.lower[c.xpos][c.form]
		got := l.Lemma(c.form, "VERB", c.xpos)
		verbs[k][c.lemma] = true
		tl[k].forms++
		if !seen {
			tl[k].unseen++
		}
		if got != c.lemma {
			tl[k].formsWrong++
			bad[k][c.lemma] = true
			if !seen {
				tl[k].unseenWrong++
			}
			wrong = append(wrong, fmt.Sprintf("%s\t%s\t%s\t%s", c.form, c.xpos, got, c.lemma))
		}
	}
	var b strings.Builder
	for k, name := range []string{"pattern verbs", "EWT verbs (not in patterns)"} {
		fmt.Fprintf(&b, "%-28s verbs %4d, with a wrong form %3d; forms %5d, wrong %4d; not in the dictionary %5d, wrong %4d\n",
			name, len(verbs[k]), len(bad[k]), tl[k].forms, tl[k].formsWrong, tl[k].unseen, tl[k].unseenWrong)
	}
	return b.String(), len(bad[0]), wrong
}

// TestLemmaVerbForms scores the committed lemmatizer on the verb set.
// LV_WRONG=file writes the wrong forms there (form, tag, lemma given,
// right lemma).
func TestLemmaVerbForms(t *testing.T) {
	_, lm := tgLoadModels(t)
	cases := lvCases(t)
	rep, patWrong, wrong := lvScore(lm, cases)
	t.Logf("verb forms (%d):\n%s", len(cases), rep)
	if p := os.Getenv("LV_WRONG"); p != "" {
		os.WriteFile(p, []byte(strings.Join(wrong, "\n")+"\n"), 0o644)
	}
	// Session 22: 131 of the 1,672 pattern verbs had a wrong form before
	// the verb step, 8 after (stymie, lambaste, enrol, reinvite, ... and
	// EWT's own lemma slips).
	limit := 10
	if lvWordNetExc() == nil {
		limit = 15 // without verb.exc some test forms are misspelt (quized)
	}
	if patWrong > limit {
		t.Errorf("%d pattern verbs have a wrong form, want at most %d", patWrong, limit)
	}
}

// TestLemmaVerbVariants trains lemmatizers on EWT train with and without
// the verb step and WordNet's verbs, and scores each on the verb set and on
// EWT dev with gold tags (LV_TRAIN=1; about 10 s).
func TestLemmaVerbVariants(t *testing.T) {
	if os.Getenv("LV_TRAIN") == "" {
		t.Skip("LV_TRAIN=1 to train and compare")
	}
	tg, _ := tgLoadModels(t)
	train := tgLoadEWT(t, "train")
	dev := tgLoadEWT(t, "dev")
	cases := lvCases(t)
	wn, err := ShippedLemmaOptions("/usr/share/wordnet")
	if err != nil {
		t.Skip(err)
	}
	for _, v := range []struct {
		name string
		opt  LemmaOptions
	}{
		{"before (no verb step)", LemmaOptions{}},
		{"verb step, EWT verbs", LemmaOptions{VerbStep: true}},
		{"verb step, EWT + WordNet verbs", wn},
	} {
		l, err := TrainLemmatizer(train, v.opt)
		if err != nil {
			t.Fatal(err)
		}
		rep, _, wrong := lvScore(l, cases)
		sc := EvalTaggerScores(tg, l, dev)
		t.Logf("%s: dev lemma %.2f, with gold tags %.2f\n%s", v.name, 100*sc.Lemma, 100*sc.LemmaGoldTags, rep)
		if p := os.Getenv("LV_WRONG"); p != "" {
			os.WriteFile(p+"."+strings.ReplaceAll(v.name, " ", "_"), []byte(strings.Join(wrong, "\n")+"\n"), 0o644)
		}
	}
}

// TestLemmaVerbDevDiff lists the EWT dev words (tags from the committed
// tagger) whose lemma the verb step changes, with the gold lemma
// (LV_TRAIN=1).
func TestLemmaVerbDevDiff(t *testing.T) {
	if os.Getenv("LV_TRAIN") == "" {
		t.Skip("LV_TRAIN=1 to train and compare")
	}
	tg, after := tgLoadModels(t)
	train := tgLoadEWT(t, "train")
	before, err := TrainLemmatizer(train, LemmaOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fixed, broken, other := 0, 0, 0
	for _, part := range []string{"dev"} {
		for _, s := range tgLoadEWT(t, part) {
			words := make([]string, len(s.Words))
			up := make([]string, len(s.Words))
			xp := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
			}
			tg.Tag(words, up, xp)
			for i, w := range s.Words {
				a, b := before.Lemma(w.Form, up[i], xp[i]), after.Lemma(w.Form, up[i], xp[i])
				if a == b {
					continue
				}
				switch {
				case b == w.Lemma:
					fixed++
				case a == w.Lemma:
					broken++
				default:
					other++
				}
				t.Logf("%s %s/%s: %s -> %s (gold %s, %s)", w.Form, up[i], xp[i], a, b, w.Lemma, w.XPOS)
			}
		}
	}
	t.Logf("fixed %d, broken %d, wrong both %d", fixed, broken, other)
}
