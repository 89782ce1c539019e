package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of the eighteenth round (issue 7, session 16: acts taken for
// speech on wire news), each a switch (docs/QUOTES.md).

// FallbackActs lets the rules that keep an act from quoting (SignedText,
// PersonObject) hold for the detector's fallback too: "The two governments
// signed four agreements", with "signed" parsed as a participle on its
// subject, was no rule candidate, and the fallback then quoted the
// agreements as what the governments said.
var FallbackActs = true

// ActObjects keeps a verb from quoting when its object makes it an act
// (actObjects): "Chile recalled its ambassador" withdraws a diplomat (every
// "recall" of PolNeAR train is a memory told), "Abiy accepted the
// invitation" takes up an invitation (in train, "accept" with money, a
// donation, refugees, an invitation, an award … is a cue 2 times in about
// 40), "attacked a rebel stronghold" and "released the hostages" are
// deeds (train's "attack" objects are people and their records, its
// "release" objects statements, ads and figures), and so are firing
// missiles and throwing grenades (train: "fire" with a missile or warhead
// 0 cues in 3). A clausal or open
// complement keeps the verb a cue ("recalled that …").
var ActObjects = true

// actObjects maps a verb lemma to the object lemmas that make it an act.
var actObjects = map[string]map[string]bool{
	"recall": setOf("ambassador", "envoy", "diplomat", "consul", "chargé", "emissary",
		"delegation", "warship", "vessel", "product", "car", "vehicle",
		"batch", "drug", "medicine", "device"),
	"accept": setOf("invitation", "donation", "money", "contribution", "fund", "funding", "gift",
		"award", "prize", "medal", "refugee", "immigrant", "migrant", "asylum-seeker", "resignation",
		"credential", "bribe", "payment", "loan", "aid", "grant", "dollar", "million", "billion",
		"$", "cheque", "check", "delivery", "shipment", "surrender", "job", "post", "appointment",
		"visitor", "guest", "passenger", "patient", "bid"),
	"attack": setOf("stronghold", "base", "village", "town", "city", "camp", "convoy",
		"post", "property", "building", "mosque", "church", "temple", "station", "outpost",
		"checkpoint", "barracks", "vessel", "ship", "plane", "aircraft", "airport", "installation",
		"facility", "headquarters", "embassy", "home", "house", "bus", "train", "patrol", "district",
		"province", "region", "area", "border", "garrison", "target", "school", "hospital", "market"),
	"release": setOf("hostage", "prisoner", "detainee", "captive", "man", "woman", "child",
		"people", "soldier", "journalist", "suspect", "activist", "dissident", "inmate", "sailor",
		"crew", "national", "civilian", "fisherman"),
	"fire": setOf("missile", "warhead", "rocket", "shell", "mortar", "bullet", "shot", "round",
		"salute", "gun", "cannon", "projectile", "gas", "torpedo"),
	"throw": setOf("grenade", "stone", "rock", "bomb", "brick", "bottle", "molotov", "cocktail",
		"firebomb", "explosive", "petrol"),
	// Session 28 (deeds): a company posts results, a price hits a level, a
	// batsman hits a six, an army launches an offensive. In train, "post"
	// is a cue with messages, photos and comments, "hit" with a person,
	// "launch" with ads and bids. ("cast" a ballot or votes stays: train
	// annotates it as a cue.)
	"post": setOf("profit", "loss", "income", "gain", "increase", "surplus", "deficit", "revenue",
		"earnings", "growth", "decline", "drop", "fall", "rise", "sale", "turnover", "return", "dollar",
		"million", "billion", "$", "percent", "time", "win", "victory", "score", "total"),
	"hit": setOf("high", "low", "record", "level", "peak", "mark", "bottom", "ceiling", "target",
		"four", "six", "boundary", "century", "goal", "run", "homer", "shot", "post", "bar"),
	"launch":  deedOperations,
	"unleash": deedOperations,
}

// deedOperations are armed operations launched or unleashed ("launched an
// offensive"; "launched a fresh attack" may be words and stays).
var deedOperations = setOf("offensive", "counteroffensive", "counter-offensive", "insurgency", "operation",
	"raid", "invasion", "war", "incursion", "assault", "airstrike", "air-strike", "bombardment",
	"crackdown", "rebellion", "uprising", "missile", "rocket", "satellite")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// actObject reports whether verb v takes an object that makes it an act
// (ActObjects) and has no clausal or open complement.
func (a *analysis) actObject(v int) bool {
	objs := actObjects[a.d.Tokens[v].Lemma]
	if objs == nil || a.child(v, "ccomp", "xcomp") >= 0 {
		return false
	}
	o := a.child(v, "obj")
	if o >= 0 && quantifierObjects[strings.ToLower(a.d.Tokens[o].Lemma)] {
		// "released most of the hostages": the noun after "of" decides
		// ("released most of its findings" stays a cue)
		if n := a.child(o, "nmod"); n >= 0 {
			o = n
		}
	}
	return o >= 0 && objs[strings.ToLower(a.d.Tokens[o].Lemma)]
}

// quantifierObjects stand for the noun of their "of" phrase.
var quantifierObjects = setOf("most", "all", "some", "rest", "remainder", "half", "many", "several", "dozens", "hundreds", "thousands")

// ruleActs reports whether a rule of acts (SignedText, PersonObject,
// ActObjects) keeps verb v from quoting through its object.
func (a *analysis) ruleActs(v int) bool {
	toks := a.d.Tokens
	if toks[v].UPOS != "VERB" {
		return false
	}
	lemma := toks[v].Lemma
	switch {
	case ActObjects && a.actObject(v), a.everydayAct18(v):
		return true
	case !FallbackActs:
		return false
	case SignedText && lemma == "sign" && a.child(v, "obj") >= 0 && !a.verbalComplement(v) && !a.signsText(v):
		return true
	case PersonObject && receptionVerbs[lemma] && a.personObject(v):
		return true
	}
	return false
}

// SourceCC leaves a coordinating conjunction that opens the subject's
// phrase out of the source: "…, and Abiy praised the invitation" with
// "and" hung on "Abiy" gave the source "and Abiy".
var SourceCC = true

// PairSpeaker: a source that a pair phrase names ("The two governments
// signed …", which the actor stage resolves to both governments, one
// entity each over the same words) speaks for both, so no one actor of the
// two is its speaker: the speaker is the phrase itself, uncoded. Before,
// the first entity's actor was taken, and the actor stage gives a pair
// "the two governments" after two leaders the leaders' own actors, so the
// governments spoke as Abiy Ahmed. A pronoun ("they") resolved to a pair
// keeps the first actor, as before: it has no words of its own to name
// the pair by.
var PairSpeaker = true

// pairSource reports whether two entities or more with different actors
// cover exactly the same words inside src, and those words hold the
// source's head: "The two governments said" is the pair's, "Miano, who
// accompanied the two leaders, said" is Miano's.
func pairSource(d *doc.Document, src doc.Span) bool {
	h := spanHead(d.Tokens, src)
	if h < 0 {
		return false
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start < src.Start || e.End > src.End || e.Actor == nil ||
			d.Tokens[h].Start < e.Start || d.Tokens[h].End > e.End {
			continue
		}
		for j := i + 1; j < len(d.Entities); j++ {
			f := &d.Entities[j]
			if f.Start == e.Start && f.End == e.End && f.Actor != nil && (f.Actor.Code != e.Actor.Code || f.Actor.ID != e.Actor.ID) {
				return true
			}
		}
	}
	return false
}

// spanHead is the token of span sp whose syntactic head lies outside it
// (the first such), or -1.
func spanHead(toks []doc.Token, sp doc.Span) int {
	t0, t1 := tokenRange(toks, sp.Start, sp.End)
	for t := t0; t < t1; t++ {
		if h := toks[t].Head; h < t0 || h >= t1 {
			return t
		}
	}
	return -1
}

// verbalComplement reports whether v has a clausal complement headed by a
// verb ("signed a decree ordering …"); a noun the parser hung as one ("signed
// three agreements on customs cooperation", "cooperation" an xcomp) is none.
func (a *analysis) verbalComplement(v int) bool {
	for _, k := range a.kids(v) {
		d := a.d.Tokens[k].Deprel
		if (relIs(d, "ccomp") || relIs(d, "xcomp")) && (a.d.Tokens[k].UPOS == "VERB" || a.d.Tokens[k].UPOS == "AUX") {
			return true
		}
	}
	return false
}
