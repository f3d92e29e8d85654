// Package bugs holds wrapper-inference cases the analyzer once got wrong // want package:"constructs"
// (regressions for TestWrapperBugs).
package bugs

func NewError(httpCode, errorCode int, msg string) error { return nil }

// RangeReassigned changes its parameter in a range clause before passing
// it: not a wrapper (a range clause "for code = range" assigns it).
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
// &errorCode): not a wrapper.
func PtrMethod(errorCode Code) error {
	errorCode.Normalize()
	return NewCoded(400, errorCode)
}
