package main

import (
	"fmt"
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
			switch format {
			case "table", "json", "csv":
			default:
				return usageError{fmt.Errorf("--format %q: want table, json or csv", format)}
			}
			if q.Dyad != "" && !strings.Contains(q.Dyad, "-") {
				return usageError{fmt.Errorf("--dyad %q: want two country codes joined by a dash, as KEN-ETH", q.Dyad)}
			}
			if q.Quad < 0 || q.Quad > 4 {
				return usageError{fmt.Errorf("--quad %d: want 1 to 4", q.Quad)}
			}
			if q.Limit < 0 || q.Offset < 0 {
				return usageError{fmt.Errorf("--limit and --offset cannot be negative")}
			}
			s, err := store.OpenReadOnly(dbPath)
			if err != nil {
				return err
			}
			defer s.Close()
			rows, err := s.Events(cmd.Context(), q)
			if err != nil {
				return usageErrorIfQuery(err)
			}
			return store.WriteEvents(a.stdout, rows, format)
		},
	}
	queryFlags(cmd, &q)
	dbFlag(cmd, &dbPath)
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, json or csv")
	return cmd
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
