package geo

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// TestCapital: a country's capital is its place of feature code PPLC, the
// most populous one where there are several; a country with none has no
// capital.
func TestCapital(t *testing.T) {
	src := "C\t0\tGhana\tGHA\t\t8\t-2\t30000000\t\t\n" +
		"P\t2306104\tAccra\tGHA\t01\t5.556\t-0.1969\t1963264\tPPLC\t\n" +
		"P\t2298890\tKumasi\tGHA\t02\t6.688\t-1.624\t1468609\tPPLA\t\n" +
		"P\t1\tSmall Seat\tBOL\t01\t-19\t-65\t200000\tPPLC\t\n" +
		"P\t2\tBig Seat\tBOL\t02\t-16.5\t-68.1\t800000\tPPLC\t\n" +
		"P\t3\tLome\tTGO\t01\t6.13\t1.22\t700000\tPPLA\t\n"
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(src))
	zw.Close()
	g, err := Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	for cc, want := range map[string]string{"GHA": "Accra", "BOL": "Big Seat", "TGO": ""} {
		got := ""
		if e := g.Capital(cc); e != nil {
			got = e.Name
		}
		if got != want {
			t.Errorf("Capital(%s) = %q, want %q", cc, got, want)
		}
	}
}
