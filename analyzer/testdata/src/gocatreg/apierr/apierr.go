package apierr // want package:"constructs"

// Error is an API error.
type Error struct {
	Status, Code int
	Message      string
}

func (e *Error) Error() string { return e.Message }

// New is configured: status 0, code 1, message 2.
func New(status, code int, msg string) *Error { return &Error{status, code, msg} }
