package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/eval"
)

// evalEventPlacesCmd is `dyad eval event-places --gold FILE`.
func (a *app) evalEventPlacesCmd() *cobra.Command {
	var gold, stories, errorsPath string
	var listErrors bool
	cmd := &cobra.Command{
		Use:   "event-places --gold FILE.tsv",
		Short: "place and date accuracy of coded events on a stand-off places gold (data/event/gold/places-dev1.tsv)",
		Long: `event-places codes every story the gold file names with the whole default pipeline,
matches each gold event to a coded event of its sentence (same CAMEO root and the
source's or target's country) and prints, over the gold events found, the share whose
place is the gold's gazetteer place, the share in the gold's country, and the shares
whose date is the gold's (exact, or compatible: one value a prefix of the other).
--errors lists every found event with a wrong place or date after the figures
(--errors-file FILE writes them to FILE).`,
		Example: "  dyad eval event-places --gold data/event/gold/places-dev1.tsv --errors",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usageError{fmt.Errorf("--gold FILE.tsv is required")}
			}
			opt := eval.EventPlacesOptions{}
			if listErrors {
				opt.Errors = a.stdout
			}
			return withDetails(errorsPath, func(w io.Writer) error {
				if w != nil {
					opt.Errors = w
				}
				_, err := eval.RunEventPlaces(gold, stories, a.stdout, opt)
				return err
			})
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "stand-off places gold `FILE.tsv` (story id, start, end, event, place, date)")
	cmd.Flags().StringVar(&stories, "stories", "../shared/data/bench-news/te3-silver-news.jsonl", "stories (JSON Lines) the gold file annotates: `FILE.jsonl`")
	cmd.Flags().BoolVar(&listErrors, "errors", false, "list every found event with a wrong place or date after the figures")
	cmd.Flags().StringVar(&errorsPath, "errors-file", "", "write the wrong events to `FILE`")
	return cmd
}
