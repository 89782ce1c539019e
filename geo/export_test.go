package geo

// Abbreviates exposes abbreviates to the external tests.
var Abbreviates = abbreviates
