package pipeline

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// runDocs runs p over documents with ids 0..n-1 and returns what reached
// the sink, in order.
func runDocs(t *testing.T, p *Pipeline, n int) []Job {
	t.Helper()
	var got []Job
	src := func(emit func(Job) error) error {
		for i := range n {
			if err := emit(Job{Doc: &doc.Document{ID: fmt.Sprint(i), Title: "t"}}); err != nil {
				return err
			}
		}
		return nil
	}
	if err := p.Run(context.Background(), src, func(j Job) error { got = append(got, j); return nil }); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return got
}

// TestRunTimeoutAbandonsStuckDocument: a document that never leaves a
// stage reaches the sink with an error naming the stage, as the source gave
// it; its batch-mates and the documents after it are processed (each once,
// from the start) and come out in order, with one worker as with two.
func TestRunTimeoutAbandonsStuckDocument(t *testing.T) {
	for _, workers := range []int{1, 2} {
		release := make(chan struct{})
		mark := Func{"mark", func(d *doc.Document) error { d.Title += "+"; return nil }}
		hang := Func{"hang", func(d *doc.Document) error {
			if d.ID == "3" {
				<-release
			}
			return nil
		}}
		var mu sync.Mutex
		var slow []string
		p := &Pipeline{Stages: []Stage{mark, hang, mark}, Workers: workers, Batch: 4,
			Timeout: 400 * time.Millisecond, SlowAfter: 50 * time.Millisecond,
			OnSlow: func(d *doc.Document, stage string, _ time.Duration) {
				mu.Lock()
				slow = append(slow, d.ID+":"+stage)
				mu.Unlock()
			}}
		got := runDocs(t, p, 10)
		close(release)
		if len(got) != 10 {
			t.Fatalf("workers %d: %d jobs reached the sink, want 10", workers, len(got))
		}
		for i, j := range got {
			if j.Doc == nil || j.Doc.ID != fmt.Sprint(i) {
				t.Fatalf("workers %d: job %d out of order: %+v", workers, i, j)
			}
			if i == 3 {
				if j.Err == nil || !strings.Contains(j.Err.Error(), "stage hang") || !strings.Contains(j.Err.Error(), "timeout") {
					t.Errorf("workers %d: stuck document's error %v, want the hang stage's timeout", workers, j.Err)
				}
				if j.Doc.Title != "t" {
					t.Errorf("workers %d: stuck document came out with title %q, want it as the source gave it", workers, j.Doc.Title)
				}
				continue
			}
			if j.Err != nil || j.Doc.Title != "t++" {
				t.Errorf("workers %d: document %d: err %v, title %q, want processed once (t++)", workers, i, j.Err, j.Doc.Title)
			}
		}
		mu.Lock()
		if len(slow) != 1 || slow[0] != "3:hang" {
			t.Errorf("workers %d: OnSlow calls %v, want [3:hang]", workers, slow)
		}
		mu.Unlock()
	}
}

// TestRunSlowWarnsOnce: a document long in a stage is reported once, and
// with no timeout it is waited for and comes out whole.
func TestRunSlowWarnsOnce(t *testing.T) {
	warned := make(chan struct{})
	var calls []string
	var mu sync.Mutex
	wait := Func{"wait", func(d *doc.Document) error {
		if d.ID == "1" {
			<-warned // held until the monitor has reported it
			time.Sleep(50 * time.Millisecond)
		}
		d.Title += "+"
		return nil
	}}
	p := &Pipeline{Stages: []Stage{wait}, Workers: 2, SlowAfter: 20 * time.Millisecond,
		OnSlow: func(d *doc.Document, stage string, _ time.Duration) {
			mu.Lock()
			calls = append(calls, d.ID+":"+stage)
			if d.ID == "1" && len(calls) == 1 {
				close(warned)
			}
			mu.Unlock()
		}}
	got := runDocs(t, p, 4)
	for i, j := range got {
		if j.Err != nil || j.Doc.Title != "t+" {
			t.Errorf("document %d: err %v, title %q", i, j.Err, j.Doc.Title)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(calls) != 1 || calls[0] != "1:wait" {
		t.Errorf("OnSlow calls %v, want [1:wait]", calls)
	}
}
