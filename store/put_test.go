package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// TestInterruptedBatch cancels the context in the middle of a batch that
// both adds new documents and replaces a stored one: afterwards the
// database is exactly as before the batch.
func TestInterruptedBatch(t *testing.T) {
	s, _ := openTemp(t)
	put(t, s, corpus()...)
	before := rowCounts(t, s)
	oldD1, _ := s.Document(context.Background(), "d1")

	replacement := newDoc("d1", "2024-05-02", "Replaced", "Entirely new text.")
	batch := []*doc.Document{smallDoc("n0", 0), replacement, smallDoc("n1", 1), smallDoc("n2", 2), smallDoc("n3", 3)}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	putHook = func(i int) {
		if i == 2 { // after the replacement and a new document are written
			cancel()
		}
	}
	defer func() { putHook = nil }()
	err := s.Put(ctx, batch)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Put with a cancelled context = %v, want context.Canceled", err)
	}
	putHook = nil
	if after := rowCounts(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("after an interrupted batch: %v, want %v", after, before)
	}
	if d1, _ := s.Document(context.Background(), "d1"); string(d1) != string(oldD1) {
		t.Errorf("the interrupted replacement of d1 took effect")
	}
	for _, id := range []string{"n0", "n1"} {
		if _, err := s.Document(context.Background(), id); !errors.Is(err, ErrNotFound) {
			t.Errorf("document %s of the interrupted batch is stored", id)
		}
	}
	// The store still works.
	put(t, s, batch...)
	if st, _ := s.Stats(context.Background()); st.Documents != 8 {
		t.Errorf("after retrying the batch: %d documents, want 8", st.Documents)
	}
}

const crashBatch = 400

// TestCrashHelper is not a test: TestKillMidBatch runs the test binary with
// DYAD_STORE_CRASH_DB set to run it, and kills it.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv("DYAD_STORE_CRASH_DB")
	if path == "" {
		t.Skip("helper process for TestKillMidBatch")
	}
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	// One connection with a tiny page cache, so that the batch being
	// written spills uncommitted pages into the WAL before the kill: the
	// recovery must then ignore them.
	s.db.SetMaxOpenConns(1)
	if _, err := s.db.Exec(`PRAGMA cache_size = 16`); err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	for b := 0; ; b++ {
		docs := make([]*doc.Document, crashBatch)
		for i := range docs {
			docs[i] = smallDoc(fmt.Sprintf("b%d-%d", b, i), i)
		}
		if b == 3 {
			putHook = func(i int) {
				if i == crashBatch-1 { // all written, not committed
					fmt.Println("mid-batch")
					time.Sleep(time.Hour)
				}
			}
		}
		if err := s.Put(context.Background(), docs); err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Printf("committed %d\n", b)
	}
}

// TestKillMidBatch kills (SIGKILL) a process in the middle of writing a
// batch and checks that the database holds the whole batches committed
// before it and nothing of the one interrupted, each document with all its
// layers, and that it passes SQLite's and FTS5's integrity checks.
func TestKillMidBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
	cmd.Env = append(os.Environ(), "DYAD_STORE_CRASH_DB="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(out)
	for lines.Scan() && lines.Text() != "mid-batch" {
		if strings.HasPrefix(lines.Text(), "error") {
			t.Fatal(lines.Text())
		}
	}
	if lines.Text() != "mid-batch" {
		t.Fatalf("helper process ended without reaching the batch to kill: %v", lines.Err())
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if fi, err := os.Stat(path + "-wal"); err == nil {
		t.Logf("WAL left by the killed process: %d bytes", fi.Size())
	}

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	counts := rowCounts(t, s)
	if docs := counts["documents"]; docs != 3*crashBatch {
		t.Errorf("%d documents after the kill, want the %d of the 3 committed batches", docs, 3*crashBatch)
	}
	for table, per := range map[string]int{"sentences": 2, "entities": 3, "timexes": 1, "events": 2} {
		if counts[table] != per*3*crashBatch {
			t.Errorf("%d %s, want %d", counts[table], table, per*3*crashBatch)
		}
	}
	if n, err := s.Count(context.Background(), Query{Text: "spokesman"}); n != 3*crashBatch || err != nil {
		t.Errorf("full-text matches after the kill = %d, %v; want %d", n, err, 3*crashBatch)
	}
}
