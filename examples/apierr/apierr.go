// Package apierr is the example shop's HTTP error type, shared by the user
// service and the platform.
package apierr

import (
	"fmt"
	"net/http"
)

// Error is an API error as clients see it.
type Error struct {
	HTTPCode  int    `json:"-"`
	ErrorCode int    `json:"code"`
	Message   string `json:"message"`
}

func (e *Error) Error() string { return fmt.Sprintf("%d %d: %s", e.HTTPCode, e.ErrorCode, e.Message) }

// New builds an API error (configured in .errcodecheck.yml).
func New(status, code int, msg string) *Error {
	return &Error{HTTPCode: status, ErrorCode: code, Message: msg}
}

// BadRequest is a wrapper: errcodecheck infers that it fixes status 400.
func BadRequest(code int, msg string) *Error {
	return New(http.StatusBadRequest, code, msg)
}

// Unauthorized fixes status 401.
func Unauthorized(code int, msg string) *Error {
	return New(http.StatusUnauthorized, code, msg)
}
