// Package pipeline runs dyad's stages over many documents: documents are
// processed in parallel across cores, and results come out in input order so
// that output is deterministic whatever the number of workers.
//
// A stage reads the layers its predecessors added to a Document and adds its
// own; it never knows which stage follows it. A failing or panicking stage
// fails only the document it was working on.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Stage is one step of the pipeline.
type Stage interface {
	Name() string
	Process(d *doc.Document) error
}

// Func adapts a function to a Stage.
type Func struct {
	StageName string
	Fn        func(d *doc.Document) error
}

// Name implements Stage.
func (f Func) Name() string { return f.StageName }

// Process implements Stage.
func (f Func) Process(d *doc.Document) error { return f.Fn(d) }

// Job is one unit flowing through the pipeline: a document to process, or an
// input that was already rejected (Err set, Doc nil) and only passes through
// so that it is reported in order with the rest.
type Job struct {
	Doc   *doc.Document
	Err   error
	Bytes int64 // input bytes behind this job, for progress reporting
}

// Pipeline is an ordered list of stages and the number of workers that run them.
type Pipeline struct {
	Stages  []Stage
	Workers int // 0 means runtime.GOMAXPROCS(0)
	// Batch is how many waiting documents a worker of Run takes at once
	// (0 means DefaultBatch): it runs each stage over all of them before the
	// next stage, so that a stage's models, far larger than the processor's
	// caches, stay cached across documents. A worker never waits to fill a
	// batch.
	Batch int

	// Timeout, when > 0, bounds the time one stage of Run may spend on one
	// document. A document still in a stage after Timeout reaches the sink
	// with an error naming the stage (its layers are left out), the other
	// documents of its worker's batch are processed again from the start
	// by a new worker, and the run goes on. Go cannot stop a goroutine, so
	// the abandoned worker keeps its processor until its stage returns, if
	// ever; Run does not wait for it.
	Timeout time.Duration
	// OnSlow, when not nil, is called once for each document that has
	// spent longer than SlowAfter in one stage of Run (with the document
	// as the source gave it), so that a run stuck on one document can say
	// which. It is called from a goroutine of its own.
	OnSlow    func(d *doc.Document, stage string, elapsed time.Duration)
	SlowAfter time.Duration
}

// DefaultBatch is the documents a worker takes at once when Batch is 0.
const DefaultBatch = 8

// Process runs every stage over one document, turning a panic into an error
// so that one pathological document cannot end a long run.
func (p *Pipeline) Process(d *doc.Document) error {
	for _, s := range p.Stages {
		if err := runStage(s, d); err != nil {
			return err
		}
	}
	return nil
}

// runStage runs one stage over d, turning a panic into an error.
func runStage(s Stage, d *doc.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage %s panicked: %v\n%s", s.Name(), r, debug.Stack())
		}
	}()
	if err := s.Process(d); err != nil {
		return fmt.Errorf("%s: %w", s.Name(), err)
	}
	return nil
}

// processBatch is Process over each job's document, stage by stage: every
// stage runs over the documents that have not failed before the next
// stage starts. A document's stages and errors are those Process gives it.
// A cancelled ctx stops the batch before its next stage of any document
// (Ctrl-C, a closed output), as Run's workers stopped between documents.
// w, when not nil, is told which document and stage are running.
func (p *Pipeline) processBatch(ctx context.Context, jobs []*Job, w *watch) {
	for _, s := range p.Stages {
		for i, j := range jobs {
			if j.Err != nil {
				continue
			}
			if err := ctx.Err(); err != nil {
				j.Err = err
				continue
			}
			w.enter(i, s.Name())
			j.Err = runStage(s, j.Doc)
		}
	}
}

// Run reads jobs from src, processes them on the workers and hands each to
// sink in the order src emitted them. A job whose processing failed reaches
// sink with Err set. Run stops early, returning the error, when ctx is
// cancelled, src fails, or sink returns an error; jobs already handed to
// sink stay handed. Timeout and OnSlow (see Pipeline) watch every document.
func (p *Pipeline) Run(ctx context.Context, src func(emit func(Job) error) error, sink func(Job) error) error {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	batch := p.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	// order carries slots in input order to the sink; its capacity bounds how
	// far workers may run ahead of a slow document, which bounds memory.
	order := make(chan *slot, (4+batch)*workers)
	work := make(chan *slot, batch*workers)

	var srcErr error
	go func() {
		defer close(order)
		defer close(work)
		srcErr = src(func(j Job) error {
			s := &slot{job: j, done: make(chan struct{})}
			select {
			case order <- s:
			case <-ctx.Done():
				return ctx.Err()
			}
			if j.Err != nil || j.Doc == nil {
				close(s.done)
				return nil
			}
			select {
			case work <- s:
				return nil
			case <-ctx.Done():
				// The slot is already queued for the sink: settle it.
				s.job.Err = ctx.Err()
				close(s.done)
				return ctx.Err()
			}
		})
	}()

	watched := p.Timeout > 0 || p.OnSlow != nil
	var wg sync.WaitGroup
	// runWorker processes pending (the batch of an abandoned worker) and
	// then batches from work until work is closed. When the monitor
	// abandons it, it settles the batch's slots, passes the worker's place
	// in wg to a new worker, and this goroutine, if its stage ever returns,
	// quits without touching them.
	runWorker := func(w *watch, pending []*slot) {
		var jobs []*Job
		for {
			slots := pending
			pending = nil
			if len(slots) == 0 {
				s, ok := <-work
				if !ok {
					wg.Done()
					return
				}
				slots = gather(s, work, batch, workers)
			}
			jobs = jobs[:0]
			for _, s := range slots {
				j := s.job
				if watched {
					j.Doc = s.fresh()
				}
				if err := ctx.Err(); err != nil {
					j.Err = err
				}
				jobs = append(jobs, &j)
			}
			if !w.set(slots) {
				return
			}
			p.processBatch(ctx, jobs, w)
			if !w.set(nil) {
				return
			}
			for i, s := range slots {
				s.job = *jobs[i]
				close(s.done)
			}
		}
	}
	var monitor *monitor
	if watched {
		monitor = p.newMonitor(func(pending []*slot) *watch {
			w := &watch{}
			go runWorker(w, pending)
			return w
		})
	}
	for range workers {
		wg.Add(1)
		if monitor != nil {
			monitor.add(nil)
		} else {
			go runWorker(nil, nil)
		}
	}
	if monitor != nil {
		go monitor.run()
	}

	var sinkErr error
	for s := range order {
		<-s.done
		if sinkErr != nil || ctx.Err() != nil {
			continue // drain so the source and workers can finish
		}
		if err := sink(s.job); err != nil {
			sinkErr = err
			cancel()
		}
	}
	wg.Wait()
	if monitor != nil {
		monitor.stop()
	}
	switch {
	case sinkErr != nil:
		return sinkErr
	case srcErr != nil:
		return srcErr
	}
	return ctx.Err()
}

// slot is one job of Run on its way to the sink: done is closed once job
// holds the job's outcome.
type slot struct {
	job  Job
	done chan struct{}
}

// fresh is a copy of the slot's document as the source gave it, for a
// worker to add its layers to: a document abandoned in a stage is handed
// on as it came, and its batch-mates start again from it.
func (s *slot) fresh() *doc.Document {
	d := *s.job.Doc
	if d.Dateline != nil {
		dl := *d.Dateline
		d.Dateline = &dl
	}
	return &d
}

// gather is s and the documents already waiting in work, up to a batch and
// to one worker's share of the queue, so that a short queue still goes to
// every worker. A worker never waits to fill a batch.
func gather(s *slot, work chan *slot, batch, workers int) []*slot {
	slots := []*slot{s}
	limit := batch
	if share := len(work)/workers + 1; share < limit {
		limit = share
	}
	for len(slots) < limit {
		select {
		case s, ok := <-work:
			if !ok {
				return slots
			}
			slots = append(slots, s)
		default:
			return slots
		}
	}
	return slots
}
