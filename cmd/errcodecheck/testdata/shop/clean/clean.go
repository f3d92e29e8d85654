// Package clean uses every constructor correctly.
package clean

import (
	"example.com/shop/apierr"
	"example.com/shop/heur"
)

// Errors returns correct errors only.
func Errors() []any {
	return []any{
		apierr.New(401, 40100002, ""),
		apierr.BadRequest(40000001, ""),
		heur.NewError(404, 40400001, ""),
		heur.BadRequest(40000003),
	}
}
