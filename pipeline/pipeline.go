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
func (p *Pipeline) processBatch(ctx context.Context, jobs []*Job) {
	for _, s := range p.Stages {
		for _, j := range jobs {
			if j.Err != nil {
				continue
			}
			if err := ctx.Err(); err != nil {
				j.Err = err
				continue
			}
			j.Err = runStage(s, j.Doc)
		}
	}
}

// Run reads jobs from src, processes them on the workers and hands each to
// sink in the order src emitted them. A job whose processing failed reaches
// sink with Err set. Run stops early, returning the error, when ctx is
// cancelled, src fails, or sink returns an error; jobs already handed to
// sink stay handed.
func (p *Pipeline) Run(ctx context.Context, src func(emit func(Job) error) error, sink func(Job) error) error {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type slot struct {
		job  Job
		done chan struct{}
	}
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

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var slots []*slot
			var jobs []*Job
			for s := range work {
				// Take the documents already waiting, up to a batch and
				// to this worker's share of the queue, so that a short
				// queue still goes to every worker.
				slots = append(slots[:0], s)
				limit := batch
				if share := len(work)/workers + 1; share < limit {
					limit = share
				}
			more:
				for len(slots) < limit {
					select {
					case s, ok := <-work:
						if !ok {
							break more
						}
						slots = append(slots, s)
					default:
						break more
					}
				}
				jobs = jobs[:0]
				for _, s := range slots {
					if err := ctx.Err(); err != nil {
						s.job.Err = err
					}
					jobs = append(jobs, &s.job)
				}
				p.processBatch(ctx, jobs)
				for _, s := range slots {
					close(s.done)
				}
			}
		}()
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
	switch {
	case sinkErr != nil:
		return sinkErr
	case srcErr != nil:
		return srcErr
	}
	return ctx.Err()
}
