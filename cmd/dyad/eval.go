package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/eval"
)

var errorsAs = errors.As

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "score dyad against gold data",
		Args:  args(cobra.NoArgs),
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "segment GOLD.conllu",
		Short:   "sentence-boundary and token F1 against a CoNLL-U treebank (raw text from its # text lines)",
		Example: "  dyad eval segment ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return eval.RunSegmentation(paths[0], a.stdout)
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:     "timex DIR",
		Short:   "TempEval-3 scores (span, type, value) of the temporal tagger on TimeML (.tml) files",
		Example: "  dyad eval timex ../shared/data/timebank-aquaint",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return eval.RunTimex(paths[0], a.stdout)
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:     "event-dates DIR",
		Short:   "how the when stage dates TimeML events against their temporal links (gold time expressions, dyad's parse)",
		Example: "  dyad eval event-dates ../shared/data/timebank-aquaint",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return eval.RunEventDatesEmbedded(paths[0], a.stdout)
		},
	})
	var petrarch string
	events := &cobra.Command{
		Use:   "events --petrarch FILE.xml",
		Short: "score the event coder on a PETRARCH / UD-PETRARCH validation suite with its own dictionaries",
		Long: `events codes every record of a PETRARCH validation XML with the verb, actor and
agent dictionaries the suite names, using the dependency parses it ships (CoNLL-U),
and prints per category the share of expected events found, the share of records
with extra events, and the share of records exactly right.`,
		Example: "  dyad eval events --petrarch ../shared/data/event-suites/udpetrarch-2_02/PETR_Validate_records_2_02.xml",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if petrarch == "" {
				return usageError{fmt.Errorf("--petrarch FILE.xml is required")}
			}
			_, err := eval.RunPetrarchSuite(petrarch, a.stdout, nil)
			return err
		},
	}
	events.Flags().StringVar(&petrarch, "petrarch", "", "PETRARCH validation records `FILE.xml`")
	cmd.AddCommand(events, a.evalSyntaxCmd(), a.evalNERCmd())
	return cmd
}
