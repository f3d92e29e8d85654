// Package syntaxerr does not parse. The analyzer sees a partial syntax // want package:"constructs"
// tree with bad expressions and statements.
package syntaxerr

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40100002, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, 40100002, "" // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, , "")
	_ = NewError(400 40100002)
}

// The parser may drop what follows; whatever is left must not trip the
// analyzer.
func g() {
	_ = NewError(400, 40100003, "")
	_ = NewError(, 40100002)
}

var = NewError(400, 40000001, "")

func (
