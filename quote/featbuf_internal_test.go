package quote

import (
	"strings"
	"testing"
)

// addLower writes the same feature as lower-casing the string first, for
// ASCII and for other scripts.
func TestAddLower(t *testing.T) {
	for _, w := range []string{"Said", "OBAMA", "said", "Élysée", "İstanbul", ""} {
		var a, b featBuf
		a.addLower("w=", w)
		b.add("w=", strings.ToLower(w))
		if got, want := a.strings()[0], b.strings()[0]; got != want {
			t.Errorf("addLower(%q) = %q, want %q", w, got, want)
		}
	}
}

// unseenCopy (LemmaDropout) leaves out the features that name the word
// itself and marks its rates unknown, and keeps the others.
func TestUnseenCopy(t *testing.T) {
	got := strings.Join(unseenCopy([]string{"b", "u=VERB", "ul=VERBsay", "l=say", "w=said", "hl=be", "cr=9", "or=4", "rc", "rd", "lk=say|ccomp", "k=ccompR", "sul=minister", "qadjL", "qadjL=say"}), " ")
	if want := "b u=VERB hl=be k=ccompR sul=minister qadjL unk"; got != want {
		t.Errorf("unseenCopy = %q, want %q", got, want)
	}
	keep := LemmaDropout
	defer func() { LemmaDropout = keep }()
	ex := []cueExample{{fs: []string{"l=say", "b"}, cue: true}}
	LemmaDropout = 0
	if n := len(addUnseen(ex, 1)); n != 1 {
		t.Errorf("LemmaDropout 0 added copies: %d examples", n)
	}
	LemmaDropout = 1
	if got := addUnseen(ex, 1); len(got) != 2 || strings.Join(got[1].fs, " ") != "b" || !got[1].cue {
		t.Errorf("LemmaDropout 1: %v", got)
	}
}
