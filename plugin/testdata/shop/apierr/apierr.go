// Package apierr is the shop's HTTP error type. Its constructor New is
// configured in .golangci.yml.
package apierr

// Error is an HTTP error carrying a catalog code.
type Error struct {
	Status  int
	Code    int
	Message string
}

func (e *Error) Error() string { return e.Message }

// New returns the error with HTTP status status and catalog code code.
func New(status, code int, message string) *Error {
	return &Error{Status: status, Code: code, Message: message}
}
