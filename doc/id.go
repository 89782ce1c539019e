package doc

import (
	"crypto/sha256"
	"encoding/hex"
)

// TextID is the default document id: a stable hash of the text, so that the
// same text has the same id in every run and on every machine.
func TextID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:10])
}
