// Package errs holds the user service's code symbols. // want package:"constructs"
package errs

import "shop/apierr"

// Code symbols of namespace user.
const (
	CodeNameTaken     = 40000001
	CodePasswordShort = 40000002
	CodeUnknownDB     = 50000002
)

// NotACode is a constant of the user service whose value is not a user
// code: not a code symbol.
const NotACode = 42

// Not registered in user (only in platform): not a user code symbol.
const CodeLoginExpired = 40100002

var ErrUserNotFound = apierr.New(400, 40000004, "用户名不存在") // want ErrUserNotFound:"code\\(40000004\\)"

var ErrDynamic = apierr.New(400, code(), "")

func code() int { return 40000004 }

// Kind is a type of the user service: not a code symbol.
type Kind int

// Lookup is a function of the user service: not a code symbol.
func Lookup(code int) string { return "" }
