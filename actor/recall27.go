package actor

// noCapitalPortfolioGap switches off session 27's capitalised portfolio in
// portfolioGap (tests only): "Thai Health Minister Somchai Dee" was the
// nationality alone and a minister of no country, since the KB has no
// "health minister" title and the recogniser left "Health" out of the
// person's name (the KB's "agriculture minister" and "labour minister"
// joined already).
var noCapitalPortfolioGap bool
