// Package bugs holds wrapper-inference cases the analyzer gets wrong today // want package:"constructs"
// (see TestWrapperBugs, skipped until they are fixed). The want comments
// say what is right.
package bugs

func NewError(httpCode, errorCode int, msg string) error { return nil }

// RangeReassigned changes its parameter in a range clause before passing
// it: not a wrapper. BUG: a range statement's "for code = range" is not an
// assignment to the analyzer, which infers wrapper(status=400 code=arg0).
func RangeReassigned(code int) error {
	for code = range 3 {
	}
	return NewError(400, code, "")
}

// Code is an error code with a method that changes it.
type Code int

func (c *Code) Normalize() { *c %= 100000000 }

func NewCoded(httpCode int, errorCode Code) error { return nil }

// PtrMethod changes its parameter through a pointer method (an implicit
// &errorCode): not a wrapper. BUG: inferred as wrapper(status=400
// code=arg0).
func PtrMethod(errorCode Code) error {
	errorCode.Normalize()
	return NewCoded(400, errorCode)
}
