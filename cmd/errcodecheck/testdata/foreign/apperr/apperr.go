// Package apperr is the service's HTTP error type.
package apperr

import "fmt"

// AppError is an error with the HTTP status to answer and a business code.
type AppError struct {
	HTTPStatus int
	ErrCode    int
	Msg        string
}

func (e *AppError) Error() string { return fmt.Sprintf("%d: %s", e.ErrCode, e.Msg) }

// New returns an AppError.
func New(httpStatus int, errCode int, msg string) *AppError {
	return &AppError{HTTPStatus: httpStatus, ErrCode: errCode, Msg: msg}
}
