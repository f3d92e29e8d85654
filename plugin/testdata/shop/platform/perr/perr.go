// Package perr holds the platform's error helpers.
package perr

import (
	"net/http"

	"example.com/shop/apierr"
)

// BadRequest is an inferred wrapper of apierr.New that fixes status 400:
// its callers' codes are checked against it.
func BadRequest(code int, msg string) *apierr.Error {
	return apierr.New(http.StatusBadRequest, code, msg)
}
