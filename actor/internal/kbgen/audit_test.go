package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestAudit(t *testing.T) {
	states := map[string][3]string{
		"KEN": {"KEN", "Kenya", "same"},
		"TMP": {"TLS", "Timor-Leste", ""},
		"GBR": {"GBR", "United Kingdom", ""},
		"ISL": {"ISL", "Iceland", ""},
	}
	roles := []auditRole{
		{id: "a", code: "KENGOV", class: "HOS", start: "2022-09-13"},
		{id: "b", code: "KENGOV", class: "FOREIGN", start: "2024-07", source: "wikidata;open-as-of=2025-01-31"},
		{id: "c", code: "KENGOV", class: "DEFENCE", start: "2020", end: "2025"},
		{id: "d", code: "TLSGOV", class: "HOS", start: "2022-05-20", source: "factbook;open-as-of=2026-01-22"},
		{id: "e", code: "GBRGOV", class: "HOG", start: "2026-02-01"},
		{id: "f", code: "GBRGOV", class: "FOREIGN", start: "2024-07-05", source: "wikidata;open-as-of=2025-01-31"},
		{id: "g", code: "GBRGOV", class: "FOREIGN", start: "2025-09-05", source: "dyad"},
	}
	roles = append(roles, auditRole{id: "h", code: "ISLGOV", class: "HOS", start: "2024-08-01"})
	res := audit(roles, states, map[string]bool{"ISL": true}, "2026-01-15")
	got := map[string]auditResult{}
	for _, r := range res {
		got[r.iso3] = r
	}
	ken := got["KEN"]
	if len(ken.held["HOG"]) != 1 || !ken.onePerson {
		t.Errorf("Kenya's president heads the government too: %+v", ken)
	}
	if !ken.stale["FOREIGN"] || len(ken.held["DEFENCE"]) != 0 {
		t.Errorf("Kenya: foreign stale, defence ended 2025-12-31: %+v", ken)
	}
	if len(got["TLS"].held["HOS"]) != 1 {
		t.Errorf("a TLSGOV role counts for Timor-Leste (CAMEO TMP): %+v", got["TLS"])
	}
	gbr := got["GBR"]
	if len(gbr.held["HOG"]) != 0 || gbr.stale["FOREIGN"] || len(gbr.held["FOREIGN"]) != 2 {
		t.Errorf("GBR: a role starting later is not in force; a fresh role makes the class fresh: %+v", gbr)
	}
	var b bytes.Buffer
	writeAudit(&b, res, "2026-01-15")
	if !strings.Contains(b.String(), "GBR\tUnited Kingdom\tmissing=HOS,HOG,DEFENCE\tstale=") ||
		!strings.Contains(b.String(), "ISL\tIceland\tmissing=HOG,FOREIGN\tstale=\tnot-applicable=DEFENCE") ||
		!strings.Contains(b.String(), "# DEFENCE: missing 3, stale 0, of 4 (and 1 states without armed forces") {
		t.Errorf("report:\n%s", b.String())
	}
}

func TestRefineClass(t *testing.T) {
	for _, c := range []struct{ iso, class, pos, want string }{
		{"USA", "CABINET", "Secretary of State", "FOREIGN"},
		{"GBR", "CABINET", "Secretary of State", "CABINET"},
		{"BRA", "CABINET", "Minister of External Relations", "FOREIGN"},
		{"BRA", "CABINET", "Deputy Minister of External Relations", "CABINET"},
		{"WSM", "OTHER", "O le Ao o le Malo", "HOS"},
		{"USA", "HOS", "Secretary of State", "HOS"},
	} {
		if got := refineClass(c.iso, c.class, c.pos); got != c.want {
			t.Errorf("refineClass(%s, %s, %q) = %s, want %s", c.iso, c.class, c.pos, got, c.want)
		}
	}
}

func TestNoArmedForces(t *testing.T) {
	for _, c := range []struct {
		field string
		want  bool
	}{
		{"no regular military forces; a national police force", true},
		{"Island Police Service (includes a maritime unit) (2025)", true},
		{"Ministry of Public Security: National Police, Coast Guard Service", true},
		{"National Defense Force (NDF): Army, Air Wing; Coast Guard", false},
		{"Armed Forces of the Republic: Land Component, Maritime Squadron", false},
		{"", false},
	} {
		if got := noArmedForces(c.field); got != c.want {
			t.Errorf("noArmedForces(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}
