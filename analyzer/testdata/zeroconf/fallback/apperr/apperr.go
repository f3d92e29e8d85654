// Package apperr is a foreign service's error type. // want package:"constructs"
// Its codes have 6 digits, and it has no catalog errcodecheck could find.
package apperr

// Error is an API error.
type Error struct {
	StatusCode int
	ErrCode    int
	Msg        string
}

// New is recognized by its parameter names.
func New(httpStatus, errCode int, msg string) *Error { // want New:"wrapper\\(status=arg0 code=arg1 message=arg2\\)"
	return &Error{StatusCode: httpStatus, ErrCode: errCode, Msg: msg}
}
