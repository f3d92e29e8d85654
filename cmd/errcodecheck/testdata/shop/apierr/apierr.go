// Package apierr is the shop's HTTP error type, declared as a constructor
// in .errcodecheck.yml. (It imports nothing, to keep the tests fast.)
package apierr

// Error is an HTTP error with a business code.
type Error struct {
	Status  int
	Code    int
	Message string
}

func (e *Error) Error() string { return e.Message }

// New returns an error with the given status, code and message.
func New(status, code int, msg string) *Error {
	return &Error{Status: status, Code: code, Message: msg}
}

// BadRequest is a wrapper that fixes the status: errcodecheck infers it.
func BadRequest(code int, msg string) *Error {
	return New(400, code, msg)
}
