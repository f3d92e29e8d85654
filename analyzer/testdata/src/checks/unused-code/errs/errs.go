package errs // want package:"constructs"

// Package errs declares codes: a declaration is not a use.

func NewError(httpCode, errorCode int, msg string) error { return nil }

const (
	CodeBadParam = 40000001
	CodeDeclared = 40000002 // declared, used nowhere: unused
	CodeCompared = 40100001
)

// A construction in a package-level variable uses its code, and a
// reference to the variable uses it too.
var (
	ErrNotFound = NewError(404, 40400001, "") // want ErrNotFound:"code\\(40400001\\)"
	ErrGone     = NewError(404, 40400002, "") // want ErrGone:"code\\(40400002\\)"
)
