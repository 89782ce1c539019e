package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/quote"
)

var errorsAs = errors.As

// evalOnPath is an eval subcommand that scores one gold file or folder,
// named by its only argument, and writes the report to the app's stdout.
func (a *app) evalOnPath(use, short, example string, run func(path string, w io.Writer) error) *cobra.Command {
	return &cobra.Command{
		Use:     use,
		Short:   short,
		Example: example,
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, paths []string) error {
			return run(paths[0], a.stdout)
		},
	}
}

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "score dyad against gold data",
		Args:  args(cobra.NoArgs),
	}
	cmd.AddCommand(
		a.evalOnPath("coref DIR",
			"pronoun-resolution accuracy of the actor stage on GUM coreference files (dev sets and the held-out news test)",
			"  dyad eval coref ../shared/data/gum-coref/conll",
			func(dir string, w io.Writer) error {
				_, err := eval.RunCorefGUM(dir, w)
				return err
			}),
		a.evalOnPath("timex DIR",
			"TempEval-3 scores (span, type, value) of the temporal tagger on TimeML (.tml) files",
			"  dyad eval timex ../shared/data/timebank-aquaint",
			eval.RunTimex),
		a.evalOnPath("event-dates DIR",
			"how the when stage dates TimeML events against their temporal links (gold time expressions, dyad's parse)",
			"  dyad eval event-dates ../shared/data/timebank-aquaint",
			eval.RunEventDatesEmbedded),
	)
	var segErrors bool
	segCmd := a.evalOnPath("segment GOLD.conllu",
		"sentence-boundary and token F1 against a CoNLL-U treebank (raw text from its # text lines)",
		"  dyad eval segment ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu\n  dyad eval segment --errors ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu",
		func(path string, w io.Writer) error {
			if segErrors {
				return eval.RunSegmentationErrors(path, w)
			}
			return eval.RunSegmentation(path, w)
		})
	segCmd.Flags().BoolVar(&segErrors, "errors", false, "after the scores, list every missed (MISS) and spurious (EXTRA) sentence end with the text around it and a rough class (never on a held-out split)")
	cmd.AddCommand(segCmd)
	var learnedCues, rulesOnly bool
	quotesCmd := &cobra.Command{
		Use:     "quotes DIR",
		Short:   "overlap P/R/F1 of quote cues, sources and contents on PolNeAR brat files (DIR/text + DIR/attributions)",
		Example: "  dyad eval quotes ../shared/data/polnear/data/dev\n  dyad eval quotes --rules ../shared/data/polnear/data/dev",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			quote.UseLearnedCues(learnedCues && !rulesOnly)
			defer quote.UseLearnedCues(true)
			return eval.RunQuotes(paths[0], a.stdout)
		},
	}
	quotesCmd.Flags().BoolVar(&rulesOnly, "rules", false, "the rules alone, without the learned cue detector (on by default: see docs/QUOTES.md)")
	quotesCmd.Flags().BoolVar(&learnedCues, "learned", true, "the learned cue detector (the default; kept for old scripts)")
	cmd.AddCommand(quotesCmd)
	var petrarch, parseMode, dictDir, details, gold, stories string
	events := &cobra.Command{
		Use:   "events --petrarch FILE.xml | --gold FILE.tsv",
		Short: "score the event coder on a PETRARCH / UD-PETRARCH validation suite with its own dictionaries",
		Long: `events codes every record of a PETRARCH validation XML with the verb, actor and
agent dictionaries the suite names, using the dependency parses it ships (CoNLL-U),
and prints per category the share of expected events found, the share of records
with extra events, and the share of records exactly right, for the development
split, the held-out split and the total. --parse dyad codes dyad's own parse of each
record's raw text instead of the UD parse the suite ships; suites that ship only
constituency parses (petrarch2-unit, hybrid-2_02) always use dyad's parse. A file
with no <Environment> (hybrid-2_02) takes the 2_02 dictionaries beside it, or --dict.
--gold FILE.tsv instead scores the whole default pipeline on the stand-off real-news
gold (data/event/gold/realnews.tsv) over the stories of --stories FILE.jsonl.`,
		Example: "  dyad eval events --petrarch ../shared/data/event-suites/udpetrarch-2_02/PETR_Validate_records_2_02.xml",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold != "" {
				return runEventGold(gold, stories, details, a.stdout)
			}
			if petrarch == "" {
				return usageError{fmt.Errorf("--petrarch FILE.xml or --gold FILE.tsv is required")}
			}
			s, err := eval.ReadPetrarchSuite(petrarch)
			if err != nil {
				return err
			}
			opt := eval.SuiteOptions{DictDir: dictDir}
			switch parseMode {
			case "":
				if !s.HasUD() {
					parseMode = "dyad"
				}
			case "given":
				if !s.HasUD() {
					return usageError{fmt.Errorf("--parse given: %s ships no UD parses (use --parse dyad)", petrarch)}
				}
			case "dyad":
			default:
				return usageError{fmt.Errorf("--parse must be given or dyad, not %q", parseMode)}
			}
			if parseMode == "dyad" {
				if opt.Parser, err = eval.DyadParser(); err != nil {
					return err
				}
				opt.UseParser = true
			}
			return withDetails(details, func(w io.Writer) error {
				opt.Details = w
				_, err := eval.RunPetrarchSuiteWith(petrarch, a.stdout, opt)
				return err
			})
		},
	}
	events.Flags().StringVar(&petrarch, "petrarch", "", "PETRARCH validation records `FILE.xml`")
	events.Flags().StringVar(&parseMode, "parse", "", "parses to code: `given` (the suite's UD parses; the default when it ships them) or dyad (dyad's own parse of the raw text)")
	events.Flags().StringVar(&dictDir, "dict", "", "take the verb, actor, agent, discard and ontology dictionaries from `DIR` instead of those the suite names")
	events.Flags().StringVar(&details, "details", "", "write each record's expected and coded events to `FILE`")
	events.Flags().StringVar(&gold, "gold", "", "score the default pipeline on the stand-off real-news event gold `FILE.tsv`")
	events.Flags().StringVar(&stories, "stories", "../shared/data/bench-news/te3-silver-news.jsonl", "stories (JSON Lines) the --gold file annotates: `FILE.jsonl`")
	cmd.AddCommand(events, a.evalSyntaxCmd(), a.evalNERCmd(), a.evalActorsCmd(), a.evalEventPlacesCmd())
	var geoSplit string
	geoCmd := &cobra.Command{
		Use:   "geo FILE.xml",
		Short: "toponym P/R/F1, accuracy within 161 km, median error and country accuracy on GeoVirus-style XML",
		Long: `geo geoparses every article of a GeoVirus-style XML file after the upstream stages
(segment, syntax, actor, timex) and scores toponyms by span overlap, then for matched
toponyms the share resolved within 161 km of the gold coordinate, the median error and
the country accuracy. GeoVirus has no official split: dev is the even-numbered articles
(0-based file order), test the odd-numbered ones.`,
		Example: "  dyad eval geo --split test ../shared/data/geovirus/GeoVirus.xml",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			switch geoSplit {
			case "dev", "dev-a", "dev-b", "test", "all":
			default:
				return usageError{fmt.Errorf("--split must be dev, dev-a, dev-b, test or all, not %q", geoSplit)}
			}
			return eval.RunGeo(paths[0], geoSplit, a.stdout)
		},
	}
	geoCmd.Flags().StringVar(&geoSplit, "split", "all", "articles to score: `dev` (even-numbered; dev-a and dev-b its halves, index mod 4 = 0 and 2), test (odd-numbered) or all")
	cmd.AddCommand(geoCmd)
	return cmd
}

// runEventGold is `dyad eval events --gold FILE.tsv`: the whole default
// pipeline scored on the stand-off real-news event gold.
func runEventGold(gold, stories, details string, w io.Writer) error {
	return withDetails(details, func(d io.Writer) error {
		_, err := eval.RunRealNews(gold, stories, w, eval.RealNewsOptions{Details: d})
		return err
	})
}

// evalActorsCmd is `dyad eval actors --gold FILE.tsv`: the actor codes of
// the whole default pipeline scored on a stand-off actor gold.
func (a *app) evalActorsCmd() *cobra.Command {
	var gold, stories, errorsPath string
	var listErrors bool
	cmd := &cobra.Command{
		Use:   "actors --gold FILE.tsv",
		Short: "per-mention accuracy of actor codes on a stand-off actor gold (data/actor/gold)",
		Long: `actors codes every story the gold file names with the whole default pipeline
and matches each gold mention to the entity that overlaps its head word: it prints
the share of mentions whose code (or "none") is right, for mentions with a code the
exact, country-right and sector-right shares, the mentions matched by an entity
without a code or by none at all (missed), the "none" mentions that got a code, and
the coded entities that overlap no gold mention (extras). --errors lists every wrong
mention on stdout after the figures (--errors-file FILE writes them to FILE).`,
		Example: "  dyad eval actors --gold data/actor/gold/news-dev1.tsv --errors",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usageError{fmt.Errorf("--gold FILE.tsv is required")}
			}
			opt := eval.ActorOptions{}
			if listErrors {
				opt.Errors = a.stdout
			}
			return withDetails(errorsPath, func(w io.Writer) error {
				if w != nil {
					opt.Errors = w
				}
				_, err := eval.RunActors(gold, stories, a.stdout, opt)
				return err
			})
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "stand-off actor gold `FILE.tsv` (story id, start, end, code)")
	cmd.Flags().StringVar(&stories, "stories", "../shared/data/bench-news/te3-silver-news.jsonl", "stories (JSON Lines) the gold file annotates: `FILE.jsonl`")
	cmd.Flags().BoolVar(&listErrors, "errors", false, "list every wrong mention after the figures")
	cmd.Flags().StringVar(&errorsPath, "errors-file", "", "write the wrong mentions to `FILE`")
	return cmd
}

// withDetails runs run with the --details file created at path, or with a
// nil writer when path is empty.
func withDetails(path string, run func(details io.Writer) error) error {
	if path == "" {
		return run(nil)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return run(f)
}
