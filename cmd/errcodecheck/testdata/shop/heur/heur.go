// Package heur has a constructor that errcodecheck recognizes by its
// parameter names alone, and a wrapper of it for other packages.
package heur

// E is an API error.
type E struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

// NewError returns an API error.
func NewError(httpCode, errorCode int, msg string) *E {
	return &E{HTTPCode: httpCode, ErrorCode: errorCode, Message: msg}
}

// BadRequest wraps NewError with status 400.
func BadRequest(errorCode int) *E { return NewError(400, errorCode, "") }
