package event

import "github.com/dyadproject/dyad/doc"

// The coder, the dater and the placer read the same sentences again and
// again: Date and Place alone rebuild an event's sentence (and often its
// neighbours) in a dozen of their rules, and every rebuild runs all of
// reset's tree repairs. A tree cache, open for the length of one call of
// Coder.Code, Date or Place on a document (or from the coder to the placer
// in the standard pipeline: KeepTrees), keeps each sentence's repaired
// tree the first time it is built, and later resets copy it. Nothing the
// repairs read (the document's tokens, entities, places and timexes, the
// package's switches) changes during such a call, so a copy is the tree a
// rebuild would give (TestTreeCacheSameTrees); the cache is dropped when
// the call returns (outside KeepTrees), so a test that changes a switch or a parse between two
// calls on the same document gets fresh trees.

// treeCache holds the repaired trees of one document's sentences, kept in
// the document's Scratch while a call (or the pipeline, KeepTrees) has it
// open. A document is coded by one goroutine at a time (Code writes
// d.Events), so a cache is never shared.
type treeCache struct {
	d     *doc.Document
	depth int     // open calls on the document (Code may call Date's helpers)
	trees []*sent // by sentence index; nil until built
}

// useTreeCache switches the cache off (tests compare with it off).
var useTreeCache = true

// openTrees opens d's tree cache, or joins the one already open; the
// returned function closes it. Where d.Scratch holds something else, or
// the cache is off, nothing is cached.
func openTrees(d *doc.Document) func() {
	if !useTreeCache {
		return func() {}
	}
	switch c := d.Scratch.(type) {
	case *treeCache:
		if len(c.trees) == len(d.Sentences) {
			c.depth++
			return c.close
		}
	case nil:
	default:
		return func() {}
	}
	c := &treeCache{d: d, depth: 1, trees: make([]*sent, len(d.Sentences))}
	d.Scratch = c
	return c.close
}

// close closes one opening of c, and drops it with the last.
func (c *treeCache) close() {
	c.depth--
	if c.depth == 0 && c.d.Scratch == c {
		c.d.Scratch = nil
	}
}

// KeepTrees opens d's tree cache for the stages that follow, until
// ReleaseTrees: the standard pipeline keeps it from the event stage to the
// where stage, so that the dater and placer read the coder's trees. Only
// for stages that change none of what the trees are built from (tokens,
// entities, places, timexes) in between.
func KeepTrees(d *doc.Document) { openTrees(d) }

// ReleaseTrees closes the cache KeepTrees opened.
func ReleaseTrees(d *doc.Document) {
	if c, ok := d.Scratch.(*treeCache); ok {
		c.close()
	}
}

// fromCache makes s a copy of sentence si's cached tree and reports
// whether there was one; s must be built with every repair on.
func (s *sent) fromCache(d *doc.Document, si int) (*treeCache, bool) {
	if !s.allRepairs() {
		return nil, false
	}
	c, ok := d.Scratch.(*treeCache)
	if !ok || si >= len(c.trees) {
		return nil, false
	}
	t := c.trees[si]
	if t == nil {
		return c, false
	}
	s.copyTree(t)
	return c, true
}

// copyTree makes s a copy of t, reusing s's buffers.
func (s *sent) copyTree(t *sent) {
	s.d, s.idx, s.base, s.n = t.d, t.idx, t.base, t.n
	n := t.n
	s.head = append(s.head[:0], t.head...)
	s.rel = append(s.rel[:0], t.rel...)
	s.lower = append(s.lower[:0], t.lower...)
	s.lemma = append(s.lemma[:0], t.lemma...)
	s.upos = append(s.upos[:0], t.upos...)
	s.sentRel = append(s.sentRel[:0], t.sentRel...)
	if cap(s.kids) < n {
		s.kids = make([][]int, n)
	}
	s.kids = s.kids[:n]
	for i := range s.kids {
		s.kids[i] = append(s.kids[i][:0], t.kids[i]...)
	}
}

// clone is a copy of s that shares no buffer with it, its children's
// lists cut from one array (a cached tree is never written).
func (s *sent) clone() *sent {
	n := s.n
	t := &sent{d: s.d, idx: s.idx, base: s.base, n: n}
	ints := make([]int, 2*n)
	t.head = ints[:n:n]
	copy(t.head, s.head)
	t.rel = append([]rel(nil), s.rel...)
	strs := make([]string, 3*n)
	t.lower, t.lemma, t.upos = strs[:n:n], strs[n:2*n:2*n], strs[2*n:]
	copy(t.lower, s.lower)
	copy(t.lemma, s.lemma)
	copy(t.upos, s.upos)
	t.sentRel = append([]bool(nil), s.sentRel...)
	t.kids = make([][]int, n)
	flat := ints[n:n]
	for i, k := range s.kids {
		at := len(flat)
		flat = append(flat, k...)
		t.kids[i] = flat[at:len(flat):len(flat)]
	}
	return t
}
