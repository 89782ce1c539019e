package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
)

// TestProcessBatchStageByStage: a batch runs each stage over every
// document before the next stage; a document that fails (error or panic)
// skips its later stages and the others go on, with the errors Process
// gives.
func TestProcessBatchStageByStage(t *testing.T) {
	var calls []string
	stage := func(name string) Stage {
		return Func{name, func(d *doc.Document) error {
			calls = append(calls, name+d.ID)
			switch {
			case name == "a" && d.ID == "1":
				return errors.New("no good")
			case name == "b" && d.ID == "2":
				panic("boom")
			}
			return nil
		}}
	}
	p := &Pipeline{Stages: []Stage{stage("a"), stage("b"), stage("c")}}
	var jobs []*Job
	for i := range 4 {
		jobs = append(jobs, &Job{Doc: &doc.Document{ID: fmt.Sprint(i)}})
	}
	p.processBatch(context.Background(), jobs, nil)
	want := []string{"a0", "a1", "a2", "a3", "b0", "b2", "b3", "c0", "c3"}
	if !slices.Equal(calls, want) {
		t.Errorf("calls %v, want %v", calls, want)
	}
	for i, j := range jobs {
		single := p.Process(&doc.Document{ID: fmt.Sprint(i)})
		switch {
		case (j.Err == nil) != (single == nil):
			t.Errorf("doc %d: batch error %v, alone %v", i, j.Err, single)
		case j.Err != nil && i == 1 && j.Err.Error() != single.Error():
			t.Errorf("doc %d: batch error %q, alone %q", i, j.Err, single)
		case j.Err != nil && i == 2 && !strings.HasPrefix(j.Err.Error(), "stage b panicked: boom\n"):
			t.Errorf("doc %d: batch error %q, want the panic of stage b", i, j.Err)
		}
	}
}

// TestRunBatchKeepsEachDocumentsStages: whatever the batch, every document
// passes the stages in order, comes out in input order and gets what it
// would alone; a document whose stage fails keeps its error.
func TestRunBatchKeepsEachDocumentsStages(t *testing.T) {
	for _, batch := range []int{1, 3, 0} {
		for _, workers := range []int{1, 2} {
			var mu sync.Mutex
			seen := map[string][]string{}
			stage := func(name string) Stage {
				return Func{name, func(d *doc.Document) error {
					mu.Lock()
					seen[d.ID] = append(seen[d.ID], name)
					mu.Unlock()
					if name == "b" && d.ID == "7" {
						return errors.New("bad seven")
					}
					d.Title += name
					return nil
				}}
			}
			p := &Pipeline{Workers: workers, Batch: batch, Stages: []Stage{stage("a"), stage("b"), stage("c")}}
			var got []string
			err := p.Run(context.Background(), source(100, map[int]bool{4: true}), func(j Job) error {
				switch {
				case j.Err != nil && j.Doc != nil:
					got = append(got, j.Doc.ID+":"+j.Err.Error())
				case j.Err != nil:
					got = append(got, "rejected")
				default:
					got = append(got, j.Doc.ID+":"+j.Doc.Title)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 100 {
				t.Fatalf("batch %d workers %d: %d jobs out, want 100", batch, workers, len(got))
			}
			for i, g := range got {
				want := fmt.Sprint(i) + ":abc"
				switch i {
				case 4:
					want = "rejected"
				case 7:
					want = "7:b: bad seven"
				}
				if g != want {
					t.Fatalf("batch %d workers %d: job %d is %q, want %q", batch, workers, i, g, want)
				}
				stages := []string{"a", "b", "c"}
				switch i {
				case 4:
					stages = nil
				case 7:
					stages = stages[:2]
				}
				if s := seen[fmt.Sprint(i)]; !slices.Equal(s, stages) {
					t.Fatalf("batch %d workers %d: doc %d ran stages %v, want %v", batch, workers, i, s, stages)
				}
			}
		}
	}
}

// BenchmarkBatch runs the standard stages over bench-news stories on one
// worker, one document at a time (Batch 1, the way before session 12) and
// in batches (DefaultBatch), in alternation 48 stories at a time (each
// first every other time), and reports documents per CPU second of each:
// the two share the machine's load.
//
//	go test ./pipeline -run '^$' -bench Batch -benchtime 1x
func BenchmarkBatch(b *testing.B) {
	stages, err := Standard(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var texts []benchnews.Story
	for _, s := range benchnews.Stories(b, 480) {
		if s.Text != "" {
			texts = append(texts, s)
		}
	}
	var cpu [2]float64
	var docs [2]int
	var out [2][]byte
	b.ResetTimer()
	for range b.N {
		for lo := 0; lo < len(texts); lo += 48 {
			chunk := texts[lo:min(lo+48, len(texts))]
			for j := range 2 {
				k := (j + lo/48) % 2
				p := &Pipeline{Stages: stages, Workers: 1, Batch: 1}
				if k == 1 {
					p.Batch = DefaultBatch
				}
				src := func(emit func(Job) error) error {
					for _, s := range chunk {
						if err := emit(Job{Doc: &doc.Document{ID: s.ID, Text: s.Text, Date: s.Date}}); err != nil {
							return err
						}
					}
					return nil
				}
				c0 := benchnews.CPUTime()
				err := p.Run(context.Background(), src, func(j Job) error {
					if j.Err != nil {
						return j.Err
					}
					docs[k]++
					if lo == 0 {
						ev, err := json.Marshal(j.Doc.Events)
						out[k] = append(append(out[k], ev...), '\n')
						return err
					}
					return nil
				})
				cpu[k] += (benchnews.CPUTime() - c0).Seconds()
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	if string(out[0]) != string(out[1]) {
		b.Fatal("batched run coded other events than the run one document at a time")
	}
	if cpu[0] > 0 && cpu[1] > 0 {
		b.ReportMetric(float64(docs[0])/cpu[0], "docs/cpu-s-single")
		b.ReportMetric(float64(docs[1])/cpu[1], "docs/cpu-s-batch")
	}
}

// TestProcessBatchStopsWhenCancelled: once the context is cancelled (here
// by the first document's first stage), no further stage runs on any
// document of the batch, and each gets the context's error.
func TestProcessBatchStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls []string
	stage := func(name string) Stage {
		return Func{name, func(d *doc.Document) error {
			calls = append(calls, name+d.ID)
			if name == "a" && d.ID == "0" {
				cancel()
			}
			return nil
		}}
	}
	p := &Pipeline{Stages: []Stage{stage("a"), stage("b"), stage("c")}}
	var jobs []*Job
	for i := range 4 {
		jobs = append(jobs, &Job{Doc: &doc.Document{ID: fmt.Sprint(i)}})
	}
	p.processBatch(ctx, jobs, nil)
	if want := []string{"a0"}; !slices.Equal(calls, want) {
		t.Errorf("calls %v, want %v", calls, want)
	}
	for i, j := range jobs[1:] {
		if !errors.Is(j.Err, context.Canceled) {
			t.Errorf("doc %d: error %v, want context.Canceled", i+1, j.Err)
		}
	}
}
