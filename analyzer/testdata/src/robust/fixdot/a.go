// Package fixdot dot-imports net/http and a package of code constants: // want package:"constructs"
// values read through dot-imports are constants like any other, and the
// fix, which cannot name net/http, writes the number.
package fixdot

import (
	. "net/http"

	. "robust/consts/codes"
)

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(StatusUnauthorized, TokenExpired, "")
	_ = NewError(StatusBadRequest, TokenExpired, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(BadStatus, int(Forbidden), "")      // want `status 400 does not match error code 40300001 \(registered with 403\)`
}
