package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
)

func source(n int, bad map[int]bool) func(emit func(Job) error) error {
	return func(emit func(Job) error) error {
		for i := range n {
			j := Job{Doc: &doc.Document{ID: fmt.Sprint(i), Text: strings.Repeat("x", i%7)}}
			if bad[i] {
				j = Job{Err: fmt.Errorf("input %d rejected", i)}
			}
			if err := emit(j); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunKeepsOrderAcrossWorkers(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		p := &Pipeline{Workers: workers, Stages: []Stage{Func{"slow", func(d *doc.Document) error {
			// Uneven work so that later documents often finish first.
			time.Sleep(time.Duration(len(d.Text)) * 50 * time.Microsecond)
			d.Title = "seen " + d.ID
			return nil
		}}}}
		var got []string
		err := p.Run(context.Background(), source(200, map[int]bool{5: true}), func(j Job) error {
			if j.Err != nil {
				got = append(got, "err")
				return nil
			}
			got = append(got, j.Doc.Title)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 200 {
			t.Fatalf("workers=%d: %d jobs out, want 200", workers, len(got))
		}
		for i, g := range got {
			want := "seen " + fmt.Sprint(i)
			if i == 5 {
				want = "err"
			}
			if g != want {
				t.Fatalf("workers=%d: job %d is %q, want %q", workers, i, g, want)
			}
		}
	}
}

func TestStageErrorAndPanicFailOnlyThatDocument(t *testing.T) {
	p := &Pipeline{Workers: 3, Stages: []Stage{Func{"picky", func(d *doc.Document) error {
		switch d.ID {
		case "3":
			return errors.New("cannot read this one")
		case "4":
			var m map[string]int
			m["boom"]++ // a nil map write panics
		}
		return nil
	}}}}
	var failed []string
	n := 0
	err := p.Run(context.Background(), source(10, nil), func(j Job) error {
		n++
		if j.Err != nil {
			failed = append(failed, j.Doc.ID+": "+strings.SplitN(j.Err.Error(), "\n", 2)[0])
		}
		return nil
	})
	if err != nil || n != 10 {
		t.Fatalf("err=%v n=%d", err, n)
	}
	if len(failed) != 2 || !strings.Contains(failed[0], "picky: cannot read") || !strings.Contains(failed[1], "panicked") {
		t.Fatalf("failures: %q", failed)
	}
}

func TestSinkErrorAndCancelStopTheRun(t *testing.T) {
	p := &Pipeline{Workers: 2}
	stop := errors.New("disk full")
	n := 0
	err := p.Run(context.Background(), source(1000, nil), func(j Job) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Fatalf("err=%v after %d jobs", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = p.Run(ctx, source(100000, nil), func(j Job) error {
		n++
		if n == 50 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 50 {
		t.Fatalf("err=%v after %d jobs", err, n)
	}
}
