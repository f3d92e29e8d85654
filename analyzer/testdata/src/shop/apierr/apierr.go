// Package apierr is the shop's shared HTTP error type. // want package:"constructs"
package apierr

import "net/http"

// Error is an API error. Configured as a struct constructor.
type Error struct {
	Status  int
	Code    int
	Message string
}

func (e *Error) Error() string { return e.Message }

// New is configured: status 0, code 1, message 2.
func New(status, code int, msg string) *Error {
	return &Error{Status: status, Code: code, Message: msg}
}

// BadRequest fixes the status: callers pass only the code.
func BadRequest(code int, msg string) *Error { // want BadRequest:"wrapper\\(status=400 code=arg0 message=arg1\\)"
	return New(http.StatusBadRequest, code, msg)
}

// Unauthorized is a wrapper of a wrapper: the fixed status is carried.
func Unauthorized(code int) *Error { // want Unauthorized:"wrapper\\(status=401 code=arg0\\)"
	return withStatus(401, code)
}

func withStatus(status, code int) *Error { // want withStatus:"wrapper\\(status=arg0 code=arg1\\)"
	return New(status, code, "")
}

// FromCode derives the status from the code: code-only.
func FromCode(code int) *Error { // want FromCode:"wrapper\\(code=arg0\\)"
	return New(code/100000, code, "")
}

// Literal builds the struct directly: a wrapper through a composite literal.
func Literal(status, code int) Error { // want Literal:"wrapper\\(status=arg0 code=arg1\\)"
	return Error{Status: status, Code: code}
}

// Reassigned changes its parameter before passing it: not a wrapper.
func Reassigned(code int) *Error {
	code += 1
	return New(400, code, "")
}

// AddressTaken lets its parameter escape: not a wrapper.
func AddressTaken(code int) *Error {
	p := &code
	_ = p
	return New(400, code, "")
}

// Custom is declared by directive with a fixed status.
//
//errcodecheck:constructor status=404 code=id
func Custom(id int, detail string) *Error { // want Custom:"constructor\\(status=404 code=arg0\\)"
	return &Error{Status: 404, Code: id, Message: detail}
}

// Directed is declared by directive with parameters.
//
//errcodecheck:constructor status=s code=c message=m
func Directed(m string, s, c int) error { // want Directed:"constructor\\(status=arg1 code=arg2 message=arg0\\)"
	return nil
}

//errcodecheck:constructor status=s code=nope // want `malformed errcodecheck:constructor directive: "nope" is not a parameter \(have s, c\)`
func Broken(s, c int) {}
