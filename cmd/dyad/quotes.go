package main

import (
	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/store"
)

// quoteFlags are the filters of `dyad quotes`; GET /api/quotes takes the
// same names as query parameters.
func quoteFlags(cmd *cobra.Command, q *store.QuoteFilter) {
	f := cmd.Flags()
	f.StringVar(&q.Speaker, "speaker", "", "part of the speaker's name or of the source as written (ruto, spokesman); any case")
	f.StringVar(&q.Country, "country", "", "speaker's country code (KEN)")
	f.StringVar(&q.From, "from", "", "first document date `YYYY-MM-DD`")
	f.StringVar(&q.To, "to", "", "last document date `YYYY-MM-DD`")
	f.StringVar(&q.Text, "text", "", "part of the quoted content; any case")
	f.StringVar(&q.Kind, "kind", "", "direct, indirect or mixed")
	f.IntVar(&q.Limit, "limit", store.DefaultLimit, "most quotes to print")
	f.IntVar(&q.Offset, "offset", 0, "quotes to skip first")
}

func (a *app) quotesCmd() *cobra.Command {
	var q store.QuoteFilter
	var dbPath, format string
	cmd := &cobra.Command{
		Use:   "quotes [filters]",
		Short: "query stored quotes; print them as a table, JSON Lines or CSV",
		Example: "  dyad quotes --speaker ruto --from 2025-01-01\n" +
			"  dyad quotes --country KEN --kind direct --format csv > kenya.csv\n" +
			"  dyad quotes --text ceasefire --format json",
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if err := checkPage(q.Limit, q.Offset); err != nil {
				return err
			}
			rows, err := listRows(cmd.Context(), dbPath, q, (*store.Store).Quotes)
			if err != nil {
				return err
			}
			return store.WriteQuotes(a.stdout, rows, format)
		},
	}
	quoteFlags(cmd, &q)
	dbFlag(cmd, &dbPath)
	formatFlag(cmd, &format)
	return cmd
}
