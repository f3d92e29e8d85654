// Package apierr builds errors with an optional HTTP status, as some // want package:"constructs"
// services do: a call without one answers 200 with the code in the body.
package apierr

// Error is an API error.
type Error struct {
	Code   uint32
	Msg    string
	Status int
}

func (e *Error) Error() string { return e.Msg }

// New is configured with default-status: 200.
func New(code uint32, msg string, httpCode ...int) *Error {
	e := &Error{Code: code, Msg: msg, Status: 200}
	if len(httpCode) > 0 {
		e.Status = httpCode[0]
	}
	return e
}

// Fail is the same shape declared by directive.
//
//errcodecheck:constructor code=code message=msg status=httpCode default-status=200
func Fail(code uint32, msg string, httpCode ...int) *Error { // want Fail:"constructor\\(status=arg2 default-status=200 code=arg0 message=arg1\\)"
	return &Error{Code: code, Msg: msg}
}

// Unauthorized forwards the code and fixes 401: a wrapper.
func Unauthorized(code uint32) *Error { // want Unauthorized:"wrapper\\(status=401 code=arg0\\)"
	return New(code, "unauthorized", 401)
}

// Quiet forwards the code without a status: the default 200 is what its
// callers get.
func Quiet(code uint32) *Error { // want Quiet:"wrapper\\(status=200 code=arg0\\)"
	return New(code, "")
}
