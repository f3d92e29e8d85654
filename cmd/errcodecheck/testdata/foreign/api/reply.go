// Package api is the account service's HTTP layer.
package api

import (
	"encoding/json"
	"net/http"
)

// Abort writes an error body. Its parameter names are the team's own, so
// no heuristic recognizes it; errcodecheck init lists it as a candidate.
func Abort(w http.ResponseWriter, st int, errno int, text string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(st)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": errno, "message": text})
}

// OK writes a success body.
func OK(w http.ResponseWriter, v any) {
	_ = json.NewEncoder(w).Encode(map[string]any{"code": 0, "data": v})
}
