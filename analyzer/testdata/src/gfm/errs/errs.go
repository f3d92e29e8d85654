// Package errs is the service's error constructor and its codes, named as
// the catalog's identifier column names them.
package errs

// Error is an API error.
type Error struct {
	Status, Code int
	Msg          string
}

func (e *Error) Error() string { return e.Msg }

// New returns an error with the HTTP status, business code and message.
func New(status, code int, msg string) error { return &Error{status, code, msg} }

const (
	ErrUserNotFound = 410108
	ErrBadPhone     = 410201
	ErrTokenExpired = 401003
	ErrPipe         = 400777
)
