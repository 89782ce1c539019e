package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/api"
	"github.com/dyadproject/dyad/store"
)

func (a *app) serveCmd() *cobra.Command {
	var dbPath, addr string
	opts := api.DefaultOptions()
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "serve the database over a read-only JSON HTTP API",
		Long: `serve answers /api/health, /api/events (the filters of 'dyad events' as query
parameters) and /api/documents/{id} from the database, read-only. See docs/API.md.`,
		Example: "  dyad serve --db news.db --addr 127.0.0.1:8080\n  curl 'localhost:8080/api/events?dyad=KEN-ETH'",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := store.OpenReadOnly(dbPath)
			if err != nil {
				return err
			}
			defer s.Close()
			opts.Version = version
			srv := api.Server(addr, api.New(s, opts), opts)
			errc := make(chan error, 1)
			go func() { errc <- srv.ListenAndServe() }()
			if !a.quiet {
				fmt.Fprintf(a.stderr, "dyad: serving %s on http://%s (Ctrl-C to stop)\n", dbPath, addr)
			}
			select {
			case err := <-errc:
				return err
			case <-cmd.Context().Done():
				shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
					return err
				}
				return nil
			}
		},
	}
	dbFlag(cmd, &dbPath)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", opts.Timeout, "longest time one request may take")
	cmd.Flags().IntVar(&opts.MaxConcurrent, "max-concurrent", opts.MaxConcurrent, "requests served at once; more get 503")
	return cmd
}
