// Package fixpkghttp declares its own http at package level: the status // want package:"constructs"
// fix cannot import net/http under that name and writes the number.
package fixpkghttp

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(500, 40300001, "") // want `status 500 does not match error code 40300001 \(registered with 403\)`
}
