// Package fixshadow imports net/http, but where the status is fixed the // want package:"constructs"
// name http is a local variable: the fix must not write http.StatusXxx.
package fixshadow

import "net/http"

func NewError(httpCode, errorCode int, msg string) error { return nil }

var _ = http.StatusOK

func f() {
	http := "local"
	_ = http
	_ = NewError(500, 40300001, "") // want `status 500 does not match error code 40300001 \(registered with 403\)`
}
