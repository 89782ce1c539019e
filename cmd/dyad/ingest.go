package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/store"
)

// batchSize is how many documents one transaction stores: large enough to
// amortise the commit, small enough that an interrupted run loses little work.
const batchSize = 256

func dbFlag(cmd *cobra.Command, path *string) {
	cmd.Flags().StringVar(path, "db", store.DefaultPath(), "database: a SQLite file path or sqlite: URL (default $DYAD_DB, else ./dyad.db)")
}

func (a *app) ingestCmd() *cobra.Command {
	var in inputFlags
	var dbPath string
	var force bool
	cmd := &cobra.Command{
		Use:   "ingest [FILE|DIR|-]...",
		Short: "code documents and store them with all their layers in the database",
		Long: `ingest runs the whole pipeline over the inputs and stores each document with all
its layers (sentences, tokens, entities, times, places, quotes, events) in the
database, an embedded SQLite file.

Re-ingesting a document (same id) replaces it. Documents already stored with the
same content by the same dyad version are skipped unless --force, so a rerun of an
interrupted ingest completes only the rest. Each batch of documents is written in
one transaction: an interrupted ingest (Ctrl-C, kill) leaves the database
consistent.`,
		Example: "  dyad ingest examples/\n  dyad ingest --db news.db corpus/ --date 2025-01-01",
		Args:    args(cobra.ArbitraryArgs),
		RunE: func(cmd *cobra.Command, paths []string) error {
			ctx := cmd.Context()
			s, err := store.Open(dbPath)
			if err != nil {
				return err
			}
			defer s.Close()
			s.Coder = version

			// A writer goroutine stores full batches while the workers code
			// the next ones. Batches are written whole even after Ctrl-C: a
			// coded document is worth keeping, and each batch is atomic.
			batches := make(chan []*doc.Document, 2)
			var stored int
			var writeErr atomic.Pointer[error]
			written := make(chan struct{})
			go func() {
				defer close(written)
				for b := range batches {
					if writeErr.Load() != nil {
						continue
					}
					if err := s.Put(context.WithoutCancel(ctx), b); err != nil {
						err = fmt.Errorf("storing documents: %w", err)
						writeErr.Store(&err)
						continue
					}
					stored += len(b)
				}
			}()
			batch := make([]*doc.Document, 0, batchSize)
			var skip func(*doc.Document) (bool, error)
			if !force {
				skip = func(d *doc.Document) (bool, error) {
					return s.Has(ctx, d.ID, store.InputHash(d, version))
				}
			}
			st, err := a.process(ctx, paths, cmd.InOrStdin(), in, skip, func(d *doc.Document) error {
				if e := writeErr.Load(); e != nil {
					return *e
				}
				batch = append(batch, d)
				if len(batch) == batchSize {
					batches <- batch
					batch = make([]*doc.Document, 0, batchSize)
				}
				return nil
			})
			if len(batch) > 0 {
				batches <- batch
			}
			close(batches)
			<-written
			if e := writeErr.Load(); e != nil && (err == nil || errors.Is(err, context.Canceled)) {
				err = *e
			}
			if errors.Is(err, context.Canceled) {
				a.errorf("interrupted: %d documents stored in %s; run the same command again to complete the rest", stored, dbPath)
				return err
			}
			if !a.quiet {
				fmt.Fprintf(a.stderr, "dyad: %s; %d stored in %s\n", st, stored, dbPath)
			}
			return finish(st, err)
		},
	}
	in.register(cmd)
	dbFlag(cmd, &dbPath)
	cmd.Flags().BoolVar(&force, "force", false, "recode and replace documents even when stored unchanged")
	return cmd
}
