// Package fixme has mistakes that errcodecheck -fix repairs, all of them.
package fixme

import "example.com/shop/heur"

// NotFound uses the status of another code.
func NotFound() *heur.E {
	return heur.NewError(400, 40400001, "")
}

// Unauthorized too, in a struct literal.
func Unauthorized() heur.E {
	return heur.E{HTTPCode: 403, ErrorCode: 40100002}
}
