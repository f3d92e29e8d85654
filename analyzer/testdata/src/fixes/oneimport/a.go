package oneimport // want package:"constructs"

import errs "errors" // the only import

func NewError(httpCode, errorCode int, msg string) error { return errs.New(msg) }

func f() {
	_ = NewError(500, 40400003, "") // want `status 500 does not match error code 40400003 \(registered with 404\)`
}
