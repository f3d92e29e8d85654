// Package ignorenext has an ignore directive that trails a statement: it // want package:"constructs"
// silences that statement, not the one on the next line, as //nolint and
// //lint:ignore do. Regression: a trailing directive also silenced the
// next line, whose wrong status went unreported.
package ignorenext

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40100002, "") //errcodecheck:ignore legacy client expects 400
	_ = NewError(400, 40100003, "") // want `status 400 does not match error code 40100003 \(registered with 401\)`
}
