// Package foreign has no configuration and no catalog of its own: with // want package:"constructs" package:"statuses\\(12345678:400=1\\)"
// no settings the plugin falls back to the embedded catalog, which
// reports only the codes it registers.
package foreign

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 12345678, "") // a code of the project's own: the embedded catalog says nothing
	_ = NewError(400, 40100002, "") // want `^status-mismatch: status 400 does not match error code 40100002 \(registered with 401\)`
}
