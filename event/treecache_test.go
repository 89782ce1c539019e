package event

import (
	"reflect"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
)

// treeOf is the part of s a reset makes.
func treeOf(s *sent) []any {
	kids := make([][]int, s.n)
	for i := range kids {
		kids[i] = append([]int{}, s.kids[i]...)
	}
	return []any{s.idx, s.base, s.n, append([]int{}, s.head...), append([]rel{}, s.rel...),
		append([]string{}, s.lower...), append([]string{}, s.lemma...), append([]string{}, s.upos...),
		append([]bool{}, s.sentRel...), kids}
}

// codeWhole codes, dates and places d as the pipeline does, and returns the
// events.
func codeWhole(c *Coder, d *doc.Document) []doc.Event {
	d.Events = nil
	c.Code(d, Entities)
	Date(d)
	Place(d)
	return d.Events
}

// sameWithAndWithoutCache checks one document: every sentence's tree read
// from an open cache (built, then copied into a sent that held another
// sentence) is the tree a fresh build gives, and the coded, dated and
// placed events are the same with the cache off.
func sameWithAndWithoutCache(t *testing.T, c *Coder, d *doc.Document) int {
	t.Helper()
	closeTrees := openTrees(d)
	var cached, other sent
	for si := range d.Sentences {
		cached.reset(d, si) // built and stored
		other.reset(d, (si+1)%len(d.Sentences))
		other.reset(d, si) // copied over another sentence's buffers
		useTreeCache = false
		var fresh sent
		fresh.reset(d, si)
		useTreeCache = true
		if got, want := treeOf(&other), treeOf(&fresh); !reflect.DeepEqual(got, want) {
			t.Errorf("%s sentence %d: cached tree\n%v\nfresh tree\n%v", d.ID, si, got, want)
		}
		if !reflect.DeepEqual(treeOf(&cached), treeOf(&fresh)) {
			t.Errorf("%s sentence %d: the tree that was stored differs from a fresh one", d.ID, si)
		}
	}
	closeTrees()
	if d.Scratch != nil {
		t.Errorf("%s: the cache is still open after it was closed", d.ID)
	}
	with := codeWhole(c, d)
	useTreeCache = false
	without := codeWhole(c, d)
	useTreeCache = true
	if !reflect.DeepEqual(with, without) {
		t.Errorf("%s: events with the tree cache\n%+v\nwithout\n%+v", d.ID, with, without)
	}
	return len(with)
}

// compareOnStories codes the invented texts (dated date) and the first
// nBench bench-news stories (a subtest that skips where ../shared is
// absent) with the default news coder, calls compare on each annotated
// document, and fails where the invented texts give no events to compare.
func compareOnStories(t *testing.T, date string, texts []string, nBench int, compare func(*testing.T, *Coder, *doc.Document) int) {
	t.Helper()
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	c := New(pats, NewsOptions())
	annotate := annotateForEvents(t)
	n := 0
	for i, s := range texts {
		d := &doc.Document{ID: string(rune('a' + i)), Text: s, Date: date}
		annotate(d)
		n += compare(t, c, d)
	}
	if n == 0 {
		t.Error("the test stories give no events: nothing compared")
	}
	t.Run("bench-news", func(t *testing.T) {
		stories := benchnews.Stories(t, nBench)
		n := 0
		for _, s := range stories {
			d := &doc.Document{ID: s.ID, Text: s.Text, Date: s.Date}
			annotate(d)
			n += compare(t, c, d)
		}
		t.Logf("%d stories, %d events compared", len(stories), n)
	})
}

func TestTreeCacheSameTrees(t *testing.T) {
	texts := []string{
		"ACCRA, May 7 (Reuters) - Ghana's President Kofi Mensah arrived in Abuja on Tuesday for talks with Nigerian leaders, who welcomed him at the airport. " +
			"The two presidents signed three agreements on trade and energy on Wednesday. " +
			"\"Our friendship is older than both our states,\" Mensah told reporters, adding that he would visit Lagos before June 30.",
		"Police in Dhaka fired tear gas at protesters who had blocked a highway, a spokesman said. " +
			"The opposition party, which called the strike, accused the government of arresting 40 of its members overnight. " +
			"Rights groups urged both sides to avoid violence.",
	}
	compareOnStories(t, "2025-05-08", texts, 100, sameWithAndWithoutCache)
}

// TestTreeCacheNested checks that a call within an open cache joins it and
// that the cache closes with the outermost call.
func TestTreeCacheNested(t *testing.T) {
	d := &doc.Document{ID: "n"}
	outer := openTrees(d)
	inner := openTrees(d)
	inner()
	if d.Scratch == nil {
		t.Fatal("the inner call closed the outer call's cache")
	}
	outer()
	if d.Scratch != nil {
		t.Fatal("the cache outlived its outermost call")
	}
	KeepTrees(d)
	Place(d) // no events: opens nothing
	Date(d)
	if d.Scratch == nil {
		t.Fatal("KeepTrees' cache closed before ReleaseTrees")
	}
	ReleaseTrees(d)
	if d.Scratch != nil {
		t.Fatal("ReleaseTrees left the cache open")
	}
	d.Scratch = "another stage's"
	openTrees(d)()
	if d.Scratch != "another stage's" {
		t.Fatal("the cache took over another stage's scratch")
	}
}

// TestKeptTreesSameEvents codes documents as the pipeline does, the trees
// kept from the coder to the placer, and without any cache.
func TestKeptTreesSameEvents(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	c := New(pats, NewsOptions())
	annotate := annotateForEvents(t)
	texts := []string{
		"KAMPALA, June 2 (Reuters) - Uganda's foreign minister met her Kenyan counterpart in Nairobi on Monday, and the two sides agreed to reopen a border post. " +
			"Kenyan officials later accused rebels of attacking a convoy near the post on Sunday.",
	}
	for i, s := range texts {
		d := &doc.Document{ID: string(rune('a' + i)), Text: s, Date: "2025-06-03"}
		annotate(d)
		KeepTrees(d)
		c.Code(d, Entities)
		Date(d)
		Place(d)
		ReleaseTrees(d)
		kept := d.Events
		if d.Scratch != nil {
			t.Errorf("%s: the kept cache is still open", d.ID)
		}
		useTreeCache = false
		without := codeWhole(c, d)
		useTreeCache = true
		if len(kept) == 0 {
			t.Errorf("%s: no events: nothing compared", d.ID)
		}
		if !reflect.DeepEqual(kept, without) {
			t.Errorf("%s: events with kept trees\n%+v\nwithout a cache\n%+v", d.ID, kept, without)
		}
	}
}
