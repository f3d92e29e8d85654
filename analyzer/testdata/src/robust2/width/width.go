// Package width: a code whose width differs from the catalog's digits // want package:"constructs" package:"statuses\\(404001:400=1 4000000001:500=1\\)"
// rule (8 for the embedded catalog) is reported once, as unknown-code. Its
// first three digits are no status prefix, so no status-mismatch follows.
package width

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 404001, "") // want `error code 404001 is not registered in the catalog`
	_ = NewError(500, 4000000001, "") // want `error code 4000000001 is not registered in the catalog`
	// The right width and an unregistered code: the prefix still speaks.
	_ = NewError(400, 40499999, "") // want `error code 40499999 is not registered` `status 400 does not match error code 40499999 \(prefix 404\)`
}
