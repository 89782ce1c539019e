package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/store"
)

// queryFlags are the event filters shared by `dyad events` and the API.
func queryFlags(cmd *cobra.Command, q *store.Query) {
	f := cmd.Flags()
	f.StringVar(&q.Actor, "actor", "", "source or target actor: code prefix (KENGOV, KEN) or part of the name")
	f.StringVar(&q.Country, "country", "", "source or target country code (KEN)")
	f.StringVar(&q.Dyad, "dyad", "", "events between two countries in either direction (KEN-ETH)")
	f.StringVar(&q.Code, "code", "", "CAMEO code prefix (04 matches 040, 042, …)")
	f.IntVar(&q.Quad, "quad", 0, "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	f.StringVar(&q.From, "from", "", "first event date `YYYY-MM-DD`")
	f.StringVar(&q.To, "to", "", "last event date `YYYY-MM-DD`")
	f.StringVar(&q.Text, "text", "", "full-text search over the events' sentences")
	f.IntVar(&q.Limit, "limit", 100, "most events to print (0 = all)")
	f.IntVar(&q.Offset, "offset", 0, "events to skip first")
}

func (a *app) eventsCmd() *cobra.Command {
	var q store.Query
	var dbPath, format string
	cmd := &cobra.Command{
		Use:   "events [filters]",
		Short: "query stored events; print them as a table, JSON Lines or CSV",
		Example: "  dyad events --dyad KEN-ETH --from 2025-01-01\n" +
			"  dyad events --code 04 --format csv > consult.csv\n" +
			"  dyad events --text 'ceasefire' --format json",
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if q.Dyad != "" && !strings.Contains(q.Dyad, "-") {
				return usageError{fmt.Errorf("--dyad %q: want two country codes joined by a dash, as KEN-ETH", q.Dyad)}
			}
			if q.Quad < 0 || q.Quad > 4 {
				return usageError{fmt.Errorf("--quad %d: want 1 to 4", q.Quad)}
			}
			if err := checkPage(q.Limit, q.Offset); err != nil {
				return err
			}
			rows, err := listRows(cmd.Context(), dbPath, q, (*store.Store).Events)
			if err != nil {
				return err
			}
			return store.WriteEvents(a.stdout, rows, format)
		},
	}
	queryFlags(cmd, &q)
	dbFlag(cmd, &dbPath)
	formatFlag(cmd, &format)
	return cmd
}

// formatFlag is the --format flag of the listing commands.
func formatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVar(format, "format", "table", "output format: "+orList(store.Formats))
}

// checkFormat rejects a --format that store.WriteEvents and store.WriteQuotes
// do not know.
func checkFormat(format string) error {
	if !slices.Contains(store.Formats, format) {
		return usageError{fmt.Errorf("--format %q: want %s", format, orList(store.Formats))}
	}
	return nil
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// checkPage rejects a negative --limit or --offset.
func checkPage(limit, offset int) error {
	if limit < 0 || offset < 0 {
		return usageError{fmt.Errorf("--limit and --offset cannot be negative")}
	}
	return nil
}

// listRows opens the store read-only and fetches the rows q selects, the
// part `dyad events` and `dyad quotes` share; a bad filter value is a usage
// error.
func listRows[F, R any](ctx context.Context, dbPath string, q F, fetch func(*store.Store, context.Context, F) ([]R, error)) ([]R, error) {
	s, err := store.OpenReadOnly(dbPath)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	rows, err := fetch(s, ctx, q)
	if err != nil {
		return nil, usageErrorIfQuery(err)
	}
	return rows, nil
}

// usageErrorIfQuery reports a bad filter value (a malformed date, say) as a
// usage error, and anything else as it is.
func usageErrorIfQuery(err error) error {
	var qe *store.QueryError
	if errorsAs(err, &qe) {
		return usageError{err}
	}
	return err
}
