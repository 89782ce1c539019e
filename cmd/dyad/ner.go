package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/eval"
)

func (a *app) nerCmd() *cobra.Command {
	var conll string
	cmd := &cobra.Command{
		Use:   "ner --conll FILE",
		Short: "tag named entities on given tokens; print token<TAB>BIO-tag lines",
		Long: `ner reads sentences whose tokens are given (first column = token, one token a
line, a blank line between sentences; other columns ignored) and prints each
token with its BIO tag over PER, ORG, LOC, GPE, NORP and MISC.`,
		Example: "  dyad ner --conll tokens.conll > tagged.conll",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if conll == "" {
				return usageError{fmt.Errorf("--conll FILE is required")}
			}
			f, err := os.Open(conll)
			if err != nil {
				return err
			}
			defer f.Close()
			n, err := actor.DefaultNER()
			if err != nil {
				return err
			}
			return eval.WriteCoNLL(f, a.stdout, n)
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "", "tokens to tag, CoNLL `FILE`")
	return cmd
}

func (a *app) evalNERCmd() *cobra.Command {
	return a.evalOnPath("ner GOLD",
		"exact-match entity P/R/F1 (PER, ORG, LOC; GPE counted as LOC) on a CoNLL/IOB file",
		"  dyad eval ner ../shared/data/uner-english-ewt/en_ewt-ud-test.iob2",
		eval.RunNER)
}

// trainNERCmd is `dyad train ner`: the shipped recipe (actor.DefaultNERTraining,
// fixed seed), written to --out/ner.bin.zst. --runs and --seed change how
// many perceptrons (seeds seed, seed+1, …) are averaged, --wordstats lends a
// saved model's word statistics, and --average averages saved models
// instead of training (actor.AverageNER).
func (a *app) trainNERCmd() *cobra.Command {
	var shared, repo, out, wordStats string
	var average []string
	var dev bool
	var runs int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "train the named-entity recogniser (GUM, UNER-EWT dev, WNUT-17, data/ner; fixed seed)",
		Long: `ner trains the recogniser with the shipped recipe (see docs/NER.md): GUM
coreference entities converted (the 12 held-out news documents never read),
UNER-EWT dev, WNUT-17, dyad's own sentences in data/ner, the gazetteers in
data/ner/gazetteer and raw text for word statistics. It writes ner.bin.zst into
--out. With --dev the development material (12 GUM news documents and
UNER-EWT dev) stays out, as when features were chosen. The model averages the
weights of --runs perceptrons trained with seeds --seed, --seed+1, …, which
differ only in the order of the training sentences. --wordstats FILE takes
the capitalisation rates and word clusters of a saved model instead of
learning them from the raw text. --average FILE,FILE,… trains nothing: it
writes the mean of saved models that share their word statistics (trainings
of one recipe with different seeds). Rebuild the binary to embed the model.`,
		Example: "  dyad train ner --out /tmp\n  dyad train ner --dev --seed 5 --wordstats model/ner.bin.zst --out /tmp/s5\n  dyad train ner --average /tmp/s1/ner.bin.zst,/tmp/s5/ner.bin.zst --out /tmp/avg",
		Args:    args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			if len(average) > 0 {
				m, err := averageNERFiles(average)
				if err != nil {
					return fmt.Errorf("train ner: %w", err)
				}
				if err := saveModel(filepath.Join(out, "ner.bin.zst"), m.Save); err != nil {
					return fmt.Errorf("train ner: %w", err)
				}
				fmt.Fprintf(a.stderr, "dyad: NER averaged from %d models in %s\n", len(average), time.Since(start).Round(time.Second))
				return nil
			}
			c, o := actor.DefaultNERTraining(shared, repo, !dev)
			o.Log = a.stderr
			if err := nerTrainFlags(&o, runs, seed, wordStats); err != nil {
				return usageError{fmt.Errorf("train ner: %w", err)}
			}
			m, summary, err := actor.TrainNERFromCorpora(c, o)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			if err := saveModel(filepath.Join(out, "ner.bin.zst"), m.Save); err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			fmt.Fprintf(a.stderr, "dyad: NER trained in %s on %s\n", time.Since(start).Round(time.Second), summary)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared/data", "the shared data folder (gum-coref, uner-english-ewt, wnut17, bench-news, …)")
	cmd.Flags().StringVar(&repo, "repo", ".", "the repository root (for data/ner)")
	cmd.Flags().StringVar(&out, "out", "model", "folder to write ner.bin.zst into")
	cmd.Flags().BoolVar(&dev, "dev", false, "leave the development material out (the development model)")
	cmd.Flags().IntVar(&runs, "runs", actor.NERDefaultRuns, "perceptrons averaged (seeds --seed, --seed+1, …)")
	cmd.Flags().Uint64Var(&seed, "seed", actor.NERDefaultSeed, "the first run's shuffling seed")
	cmd.Flags().StringVar(&wordStats, "wordstats", "", "take capitalisation rates and word clusters from this saved model `FILE`")
	cmd.Flags().StringSliceVar(&average, "average", nil, "average these saved `MODELS` (comma-separated) instead of training")
	return cmd
}

// nerTrainFlags applies `dyad train ner`'s --runs, --seed and --wordstats
// to the recipe's options (their defaults are the recipe's).
func nerTrainFlags(o *actor.NERTrainOptions, runs int, seed uint64, wordStats string) error {
	if runs < 1 || seed < 1 {
		return fmt.Errorf("--runs %d --seed %d: both at least 1", runs, seed)
	}
	o.Runs, o.Seed = runs, seed
	if wordStats != "" {
		ws, err := actor.LoadNERFile(wordStats)
		if err != nil {
			return err
		}
		o.WordStats = ws
	}
	return nil
}

// averageNERFiles loads saved models and averages them.
func averageNERFiles(paths []string) (*actor.NER, error) {
	models := make([]*actor.NER, len(paths))
	for i, p := range paths {
		m, err := actor.LoadNERFile(p)
		if err != nil {
			return nil, err
		}
		models[i] = m
	}
	info := fmt.Sprintf("the mean of %d models: %s", len(paths), models[0].Info)
	return actor.AverageNER(models, info)
}
