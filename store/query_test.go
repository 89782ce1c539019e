package store

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestEvents(t *testing.T) {
	s, _ := openTemp(t)
	put(t, s, corpus()...)
	ctx := context.Background()
	all := []string{"d1-e1", "d1-e0", "d2-e0", "d2-e1", "d3-e0"} // by date, doc, index
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"all", Query{}, all},
		{"actor country prefix", Query{Actor: "KEN"}, []string{"d1-e1", "d1-e0", "d3-e0"}},
		{"actor full code", Query{Actor: "KENGOV"}, []string{"d1-e1", "d1-e0"}},
		{"actor lower case", Query{Actor: "kenreb"}, []string{"d3-e0"}},
		{"actor name substring", Query{Actor: "ruto"}, []string{"d1-e1", "d1-e0"}},
		{"actor target only", Query{Actor: "PERCVL"}, []string{"d2-e0"}},
		{"actor wildcard is literal", Query{Actor: "%"}, nil},
		{"actor underscore is literal", Query{Actor: "K_N"}, nil},
		{"country", Query{Country: "ETH"}, []string{"d1-e1", "d1-e0", "d3-e0"}},
		{"country lower case", Query{Country: "per"}, []string{"d2-e0", "d2-e1"}},
		{"country none", Query{Country: "BRA"}, nil},
		{"dyad", Query{Dyad: "KEN-ETH"}, []string{"d1-e1", "d1-e0", "d3-e0"}},
		{"dyad reversed", Query{Dyad: "ETH-KEN"}, []string{"d1-e1", "d1-e0", "d3-e0"}},
		{"dyad within a country", Query{Dyad: "PER-PER"}, []string{"d2-e0"}},
		{"dyad none", Query{Dyad: "KEN-PER"}, nil},
		{"code root", Query{Code: "04"}, []string{"d1-e1", "d1-e0"}},
		{"code full", Query{Code: "042"}, []string{"d1-e0"}},
		{"code one digit", Query{Code: "1"}, []string{"d2-e0", "d3-e0"}},
		{"code 0 prefix", Query{Code: "0"}, []string{"d1-e1", "d1-e0", "d2-e1"}},
		{"quad", Query{Quad: 4}, []string{"d2-e0"}},
		{"quad 1", Query{Quad: 1}, []string{"d1-e1", "d1-e0", "d2-e1"}},
		{"from", Query{From: "2024-05-03"}, []string{"d2-e0", "d2-e1", "d3-e0"}},
		{"to inclusive", Query{To: "2024-05-02"}, []string{"d1-e1", "d1-e0"}},
		{"from to one day", Query{From: "2024-05-03", To: "2024-05-03"}, []string{"d2-e0", "d2-e1"}},
		{"text word", Query{Text: "nile"}, []string{"d1-e1"}},
		{"text words any order", Query{Text: "gas tear"}, []string{"d2-e0"}},
		{"text phrase", Query{Text: `"tear gas"`}, []string{"d2-e0"}},
		{"text phrase wrong order", Query{Text: `"gas tear"`}, nil},
		{"text prefix", Query{Text: "protest*"}, []string{"d2-e0"}},
		{"text prefix after phrase", Query{Text: `"harbouring reb"*`}, []string{"d3-e0"}},
		{"text accents folded", Query{Text: "Nairóbi"}, []string{"d1-e0"}},
		{"text operators are words", Query{Text: "Nile OR Lima"}, nil},
		{"text NOT is a word", Query{Text: "NOT Nile"}, nil},
		{"text column syntax is literal", Query{Text: "text:Nile"}, nil},
		{"text quote inside", Query{Text: `exaggerated"`}, nil}, // unbalanced: see TestEventsErrors
		{"text punctuation only", Query{Text: "!!!"}, nil},
		{"text injection", Query{Text: `'); DROP TABLE events; --`}, nil},
		{"combined", Query{Actor: "ETH", Code: "1", From: "2024-06-01"}, []string{"d3-e0"}},
		{"limit", Query{Limit: 2}, all[:2]},
		{"offset", Query{Limit: 2, Offset: 2}, all[2:4]},
		{"offset past end", Query{Offset: 10}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "text quote inside" {
				t.Skip("covered by TestEventsErrors")
			}
			rows, err := s.Events(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if got := ids(rows); !reflect.DeepEqual(got, want) {
				t.Errorf("Events(%+v) = %v, want %v", tt.q, got, want)
			}
			n, err := s.Count(ctx, Query{tt.q.Actor, tt.q.Country, tt.q.Dyad, tt.q.Code, tt.q.Quad,
				tt.q.From, tt.q.To, tt.q.Text, 0, 0})
			if err != nil {
				t.Fatal(err)
			}
			if tt.q.Limit == 0 && tt.q.Offset == 0 && n != len(want) {
				t.Errorf("Count = %d, want %d", n, len(want))
			}
		})
	}
	// The injection attempt left the table alone.
	if st, err := s.Stats(ctx); err != nil || st.Events != 5 {
		t.Errorf("after injection attempt: %+v, %v", st, err)
	}
}

func TestEventsErrors(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	tests := []struct {
		q     Query
		param string
	}{
		{Query{Country: "K N"}, "country"},
		{Query{Country: "KEN;"}, "country"},
		{Query{Dyad: "KEN"}, "dyad"},
		{Query{Dyad: "KEN-"}, "dyad"},
		{Query{Dyad: "KEN-ETH-SOM"}, "dyad"},
		{Query{Code: "4a"}, "code"},
		{Query{Code: "04231"}, "code"},
		{Query{Quad: 5}, "quad"},
		{Query{Quad: -1}, "quad"},
		{Query{From: "2024-13-01"}, "from"},
		{Query{From: "yesterday"}, "from"},
		{Query{To: "2024-02-30"}, "to"},
		{Query{From: "2024-05-02", To: "2024-05-01"}, "to"},
		{Query{Text: `"tear gas`}, "text"},
		{Query{Text: `exaggerated"`}, "text"},
		{Query{Text: `"" ""`}, "text"},
		{Query{Limit: -1}, "limit"},
		{Query{Offset: -5}, "offset"},
	}
	for _, tt := range tests {
		_, err := s.Events(ctx, tt.q)
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Param != tt.param {
			t.Errorf("Events(%+v) = %v, want a QueryError for %s", tt.q, err, tt.param)
		}
		if _, err := s.Count(ctx, tt.q); !errors.As(err, &qe) {
			t.Errorf("Count(%+v) = %v, want a QueryError", tt.q, err)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	for in, want := range map[string]string{
		`talks`:                   `"talks"`,
		`  peace   talks `:        `"peace" "talks"`,
		`"prime minister" negot*`: `"prime minister" "negot"*`,
		`"prime min"*`:            `"prime min"*`,
		`a"b c"`:                  `"a" "b c"`,
		`NEAR(a b)`:               `"NEAR(a" "b)"`,
		`col:word`:                `"col:word"`,
		`it's`:                    `"it's"`,
	} {
		got, err := ftsQuery(in)
		if err != nil || got != want {
			t.Errorf("ftsQuery(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

// TestQueryPlans checks that the selective filters use their indexes: a
// regression here turns a millisecond query into a table scan.
func TestQueryPlans(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	for q, index := range map[Query]string{
		{Country: "KEN"}:                       "events_source_country",
		{Dyad: "KEN-ETH"}:                      "_country",
		{Code: "04"}:                           "events_cameo",
		{From: "2024-01-01", To: "2024-02-01"}: "events_date",
		{Text: "water"}:                        "sentences_fts",
	} {
		f, err := q.compile()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.db.QueryContext(ctx, `EXPLAIN QUERY PLAN SELECT e.idx`+f.from()+f.sql()+
			` ORDER BY e.date, e.doc_id, e.idx`, f.args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			rows.Scan(&id, &parent, &unused, &detail)
			plan += detail + "\n"
		}
		rows.Close()
		t.Logf("%+v:\n%s", q, plan)
		if !strings.Contains(plan, index) || strings.Contains(plan, "SCAN e\n") {
			t.Errorf("plan for %+v does not use %s:\n%s", q, index, plan)
		}
	}
}
