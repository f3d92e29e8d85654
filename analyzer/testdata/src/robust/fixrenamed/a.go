// Package fixrenamed imports net/http under another name: the status fix // want package:"constructs"
// uses that name.
package fixrenamed

import nethttp "net/http"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(nethttp.StatusOK, 40300001, "") // want `status 200 does not match error code 40300001 \(registered with 403\)`
	_ = NewError(400, 40000001, "")
}
