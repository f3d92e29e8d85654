// Package exttest has an internal test file and an external test package. // want package:"constructs"
package exttest

func NewError(httpCode, errorCode int, msg string) error { return nil }

// BadRequest is a wrapper; the external test package imports its fact.
func BadRequest(code int) error { // want BadRequest:"wrapper\\(status=400 code=arg0\\)"
	return NewError(400, code, "")
}

func f() {
	_ = NewError(400, 40100002, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
}
