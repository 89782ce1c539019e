// Package eventdata embeds dyad's event ontology and pattern files (the TSV
// and .pat files beside this one) so that the event package reads them
// without touching the file system. The files are readable and committed;
// event/internal/ontogen regenerates the generated ones from the shared
// sources (see NOTICE for their licences).
package eventdata

import "embed"

// FS holds cameo.tsv, cameo-plover.tsv, plover.tsv and the *.pat pattern files.
//
//go:embed *.tsv *.pat
var FS embed.FS
