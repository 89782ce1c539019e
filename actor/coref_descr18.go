package actor

// "The fund" for the fund a story has named (session 18, everyday round):
// "the International Monetary Fund approved a loan ... The fund praised
// the government's reforms" — as "the agency" stands for the agency named
// before, the noun must end the organisation's name (orgNouns, true), so
// "the fund" after "the IMF" alone, or after a fund the knowledge base
// does not code, stays unresolved.
func init() { orgNouns["fund"] = true }
