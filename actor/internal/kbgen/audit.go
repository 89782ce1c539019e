package main

// The office audit (-audit DATE): for every UN member and observer state,
// does the KB have a head of state, a head of government, a foreign minister
// and a defence minister in force at DATE? It reads the KB folder's roles
// files (curated and generated) as CompileKB does, so a hand row fills a gap
// as soon as it is written. A role counts as "stale" when it is in force only
// because its end is unknown and no source has seen it for more than
// staleDays before DATE (open-as-of=2025-01-31 on 2026-01-15): the
// officeholder may have left without the sources saying so.

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// auditClasses are the offices the audit asks for, in report order.
var auditClasses = []string{"HOS", "HOG", "FOREIGN", "DEFENCE"}

// staleDays: an open role last confirmed longer ago than this is stale.
const staleDays = 180

// auditRole is one roles-file row reduced to what the audit needs.
type auditRole struct {
	id, code, class, start, end, source string
}

// auditResult is the audit of one country. A state whose head of state
// also heads the government (presidential systems: the factbook names the
// same person for both) needs no separate HOG role: onePerson is set and the
// head of state's roles count for both.
type auditResult struct {
	iso3, cameo, name string
	held              map[string][]string // class → ids in force
	stale             map[string]bool     // class → every role in force is stale
	onePerson         bool
	// noForces: the factbook's "Military and security forces" names no
	// armed force ("no regular military forces", or police only), so a
	// missing defence minister is not a gap.
	noForces bool
}

// inForce says whether a role covers date (YYYY-MM-DD). A partial start is
// its first day, a partial end its last; an empty start is unknown (taken
// as in force when the end allows it), an empty end open.
func inForce(r auditRole, date string) bool {
	if r.start != "" && r.start > date { // "2025" < "2025-01-07": a partial start is its first day
		return false
	}
	if r.end == "" {
		return true
	}
	end := r.end
	switch len(end) {
	case 4:
		end += "-12-31"
	case 7:
		end += "-31"
	}
	return end >= date
}

// openAsOf returns the date an open role was last confirmed, from its
// source tag ("wikidata;open-as-of=2025-01-31"), or "".
func openAsOf(source string) string {
	for _, p := range strings.Split(source, ";") {
		if v, ok := strings.CutPrefix(p, "open-as-of="); ok {
			return v
		}
	}
	return ""
}

// audit classifies the roles in force at date by the country of their code
// (its first three letters, the CAMEO country code) for the given states.
// states maps CAMEO country code → [iso3, name, "same" when one person
// heads state and government]; noForces lists the CAMEO codes of states
// without armed forces.
func audit(roles []auditRole, states map[string][3]string, noForces map[string]bool, date string) []auditResult {
	by := map[string]*auditResult{}
	for c, v := range states {
		by[c] = &auditResult{iso3: v[0], cameo: c, name: v[1], held: map[string][]string{}, stale: map[string]bool{}, noForces: noForces[c]}
	}
	want := map[string]bool{}
	for _, c := range auditClasses {
		want[c] = true
	}
	alias := map[string]string{} // ISO code → CAMEO code where they differ (TLS → TMP)
	for c, v := range states {
		if v[0] != c {
			alias[v[0]] = c
		}
	}
	fresh := map[string]bool{} // country+class with a role that is not stale
	limit := dayNum(date) - staleDays
	for _, r := range roles {
		if !want[r.class] || len(r.code) < 3 || !inForce(r, date) {
			continue
		}
		c := r.code[:3]
		if a, ok := alias[c]; ok {
			c = a
		}
		res := by[c]
		if res == nil {
			continue
		}
		res.held[r.class] = append(res.held[r.class], r.id)
		asOf := openAsOf(r.source)
		if r.end != "" || asOf == "" || dayNum(asOf) >= limit {
			fresh[c+" "+r.class] = true
		}
	}
	var out []auditResult
	for c, res := range by {
		if states[c][2] == "same" && len(res.held["HOG"]) == 0 {
			res.onePerson = true
			res.held["HOG"] = res.held["HOS"]
			fresh[c+" HOG"] = fresh[c+" HOS"]
		}
		for _, cl := range auditClasses {
			if len(res.held[cl]) > 0 && !fresh[c+" "+cl] {
				res.stale[cl] = true
			}
		}
		out = append(out, *res)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].iso3 < out[j].iso3 })
	return out
}

// readAuditRoles reads every roles*.tsv of the KB folder and its gen/.
func readAuditRoles(dir string) []auditRole {
	var files []string
	for _, pat := range []string{"roles*.tsv", "gen/roles*.tsv"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, m...)
	}
	var out []auditRole
	for _, f := range files {
		for _, r := range readTSV(f) {
			out = append(out, auditRole{id: r["id"], code: r["code"], class: r["class"], start: r["start"], end: r["end"], source: r["source"]})
		}
	}
	return out
}

// auditStates lists the states to audit: the countries the CIA World
// Factbook (2026-01) lists as UN members or observers, by CAMEO code, and
// whether the factbook's head of government is its chief of state; and the
// ones without armed forces (noArmedForces of the factbook's "Military and
// security forces").
func (g *gen) auditStates() (map[string][3]string, map[string]bool) {
	cameo := map[string]string{} // iso3 → CAMEO code
	names := map[string]string{}
	for _, r := range readTSV(filepath.Join(*outDir, "countries.tsv")) {
		c := r["cameo"]
		if c == "" {
			c = r["iso3"]
		}
		cameo[r["iso3"]] = c
		names[r["iso3"]] = r["name"]
	}
	iso2to3 := map[string]string{}
	for _, r := range readTSV(filepath.Join(*outDir, "countries.tsv")) {
		iso2to3[r["iso2"]] = r["iso3"]
	}
	same := map[string]string{}  // iso2 → "same" when the factbook names one person for both
	unarmed := map[string]bool{} // iso2 → no armed forces
	ph, prow := readCSV(g.shared("actors/cia_factbook/cia_factbook_2026-01_country_profiles.csv"))
	pi, ps, pg, pm := col(ph, "iso2"), col(ph, "chief_of_state"), col(ph, "head_of_government"), col(ph, "military_and_security_forces")
	for _, row := range prow {
		if row[ps] != "" && row[ps] == row[pg] {
			same[row[pi]] = "same"
		}
		if noArmedForces(row[pm]) {
			unarmed[row[pi]] = true
		}
	}
	h, rows := readCSV(g.shared("actors/cia_factbook/cia_factbook_2026-01_igo_membership.csv"))
	ci, cg := col(h, "iso2"), col(h, "igo")
	out := map[string][3]string{}
	noForces := map[string]bool{}
	for _, row := range rows {
		if row[cg] != "UN" {
			continue
		}
		iso3 := iso2to3[row[ci]]
		if iso3 == "" || len(cameo[iso3]) != 3 {
			continue
		}
		out[cameo[iso3]] = [3]string{iso3, names[iso3], same[row[ci]]}
		if unarmed[row[ci]] {
			noForces[cameo[iso3]] = true
		}
	}
	return out, noForces
}

// forceWords name an armed force in the factbook's "Military and security
// forces" field; police, coast guards and security ministries do not.
var forceWords = []string{"army", "armed forces", "armed force", "defense force", "defence force", "defense forces",
	"military corps", "military force", "de facto military", "navy", "naval forces", "air force", "regiment", "land forces", "marines"}

// noArmedForces: the field says the state has no (regular) military forces,
// or names only police and security services.
func noArmedForces(field string) bool {
	f := strings.ToLower(field)
	if strings.HasPrefix(f, "no regular military forces") || strings.HasPrefix(f, "no military forces") {
		return true
	}
	if strings.TrimSpace(f) == "" {
		return false // the factbook says nothing: not known
	}
	for _, w := range forceWords {
		if strings.Contains(f, w) {
			return false
		}
	}
	return true
}

// writeAudit prints the audit: one line per country missing an office or
// holding it only by a stale role, then the counts.
func writeAudit(w io.Writer, res []auditResult, date string) {
	missing := map[string]int{}
	stale := map[string]int{}
	unarmed := 0
	fmt.Fprintf(w, "# offices in force on %s for %d states (UN members and observers, CIA World Factbook 2026-01)\n", date, len(res))
	fmt.Fprintf(w, "# missing: no role of the class in force; stale: in force only by an open role last confirmed more than %d days before\n", staleDays)
	for _, r := range res {
		var miss, st, na []string
		for _, cl := range auditClasses {
			switch {
			case cl == "DEFENCE" && r.noForces && len(r.held[cl]) == 0:
				na = append(na, cl)
				unarmed++
			case len(r.held[cl]) == 0:
				miss = append(miss, cl)
				missing[cl]++
			case r.stale[cl]:
				st = append(st, cl)
				stale[cl]++
			}
		}
		if len(miss)+len(st)+len(na) > 0 {
			line := fmt.Sprintf("%s\t%s\tmissing=%s\tstale=%s", r.iso3, r.name, strings.Join(miss, ","), strings.Join(st, ","))
			if len(na) > 0 {
				line += "\tnot-applicable=" + strings.Join(na, ",") + " (no armed forces, factbook)"
			}
			fmt.Fprintln(w, line)
		}
	}
	for _, cl := range auditClasses {
		extra := ""
		if cl == "DEFENCE" {
			extra = fmt.Sprintf(" (and %d states without armed forces, per the factbook, need none)", unarmed)
		}
		fmt.Fprintf(w, "# %s: missing %d, stale %d, of %d%s\n", cl, missing[cl], stale[cl], len(res), extra)
	}
}
