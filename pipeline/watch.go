package pipeline

import (
	"fmt"
	"sync"
	"time"
)

// DefaultSlowAfter is how long a document may stay in one stage before
// OnSlow is called, when SlowAfter is 0.
const DefaultSlowAfter = time.Minute

// watch is what a worker of Run is doing, for the monitor to read: the
// batch under way, which of its documents is in which stage since when.
type watch struct {
	mu        sync.Mutex
	slots     []*slot // the batch under way; nil between batches
	index     int     // the document of slots in a stage, -1 before the first
	stage     string
	start     time.Time
	warned    bool
	abandoned bool
}

// set records the batch a worker starts (begin) or has finished (end, with
// nil); false when the monitor abandoned the worker meanwhile, in which case
// the monitor has settled the batch's slots and the worker must not touch
// them. A nil watch (nothing watched) records nothing.
func (w *watch) set(slots []*slot) bool {
	if w == nil {
		return true
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.abandoned {
		return false
	}
	w.slots, w.index = slots, -1
	return true
}

// enter records that document i of the batch starts stage.
func (w *watch) enter(i int, stage string) {
	if w == nil {
		return
	}
	w.mu.Lock()
	w.index, w.stage, w.start, w.warned = i, stage, time.Now(), false
	w.mu.Unlock()
}

// monitor looks at every worker of a Run a few times a second, calls
// OnSlow for a document long in one stage and abandons a worker whose
// document has passed Timeout, starting another in its place.
type monitor struct {
	p       *Pipeline
	spawn   func(pending []*slot) *watch
	tick    time.Duration
	mu      sync.Mutex
	watches []*watch
	quit    chan struct{}
}

// newMonitor is a monitor for p's Run; spawn starts a worker that first
// processes pending and returns its watch.
func (p *Pipeline) newMonitor(spawn func(pending []*slot) *watch) *monitor {
	m := &monitor{p: p, spawn: spawn, quit: make(chan struct{})}
	m.tick = time.Second
	for _, d := range []time.Duration{p.Timeout / 4, p.slowAfter() / 4} {
		if d > 0 && d < m.tick {
			m.tick = d
		}
	}
	if m.tick < 5*time.Millisecond {
		m.tick = 5 * time.Millisecond
	}
	return m
}

// slowAfter is SlowAfter, or its default.
func (p *Pipeline) slowAfter() time.Duration {
	if p.OnSlow == nil {
		return 0
	}
	if p.SlowAfter > 0 {
		return p.SlowAfter
	}
	return DefaultSlowAfter
}

// add starts a worker that processes pending first, and watches it.
func (m *monitor) add(pending []*slot) {
	w := m.spawn(pending)
	m.mu.Lock()
	m.watches = append(m.watches, w)
	m.mu.Unlock()
}

func (m *monitor) run() {
	t := time.NewTicker(m.tick)
	defer t.Stop()
	for {
		select {
		case <-m.quit:
			return
		case now := <-t.C:
			m.check(now)
		}
	}
}

func (m *monitor) stop() { close(m.quit) }

// check looks at every worker once.
func (m *monitor) check(now time.Time) {
	m.mu.Lock()
	ws := append([]*watch(nil), m.watches...)
	m.mu.Unlock()
	slow := m.p.slowAfter()
	for _, w := range ws {
		w.mu.Lock()
		if w.abandoned || w.slots == nil || w.index < 0 {
			w.mu.Unlock()
			continue
		}
		elapsed := now.Sub(w.start)
		d, stage := w.slots[w.index].job.Doc, w.stage
		warn := slow > 0 && !w.warned && elapsed >= slow
		if warn {
			w.warned = true
		}
		var batch []*slot
		stuck := w.index
		if m.p.Timeout > 0 && elapsed >= m.p.Timeout {
			w.abandoned = true
			batch = w.slots
		}
		w.mu.Unlock()
		if warn {
			m.p.OnSlow(d, stage, elapsed)
		}
		if batch == nil {
			continue
		}
		m.abandon(w, batch, stuck, stage)
	}
}

// abandon settles the stuck document of an abandoned worker's batch with an
// error and starts a worker that processes the rest of the batch again.
func (m *monitor) abandon(w *watch, batch []*slot, stuck int, stage string) {
	s := batch[stuck]
	s.job.Err = fmt.Errorf("stage %s still running after the per-document timeout of %s: document left out (its worker was abandoned)",
		stage, m.p.Timeout)
	close(s.done)
	rest := make([]*slot, 0, len(batch)-1)
	rest = append(rest, batch[:stuck]...)
	rest = append(rest, batch[stuck+1:]...)
	m.mu.Lock()
	for i, x := range m.watches {
		if x == w {
			m.watches = append(m.watches[:i], m.watches[i+1:]...)
			break
		}
	}
	m.mu.Unlock()
	m.add(rest)
}
