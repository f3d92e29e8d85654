// Package callers calls heur's wrapper: the wrapper is known here through
// an analysis fact.
package callers

import "example.com/shop/heur"

// Unauthorized uses a 401 code with a wrapper that fixes status 400.
func Unauthorized() any {
	return heur.BadRequest(40100002)
}
