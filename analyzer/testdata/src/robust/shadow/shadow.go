// Package shadow uses identifiers named http that are not net/http. // want package:"constructs"
package shadow

import (
	http "robust/shadow/fakehttp"
)

func NewError(httpCode, errorCode int, msg string) error { return nil }

type statuses struct{ StatusBadRequest int }

func f() {
	// The constant is read by value: this StatusBadRequest is 401.
	_ = NewError(http.StatusBadRequest, 40100002, "")
	_ = NewError(http.StatusBadRequest, 40000001, "") // want `status 401 does not match error code 40000001 \(registered with 400\)`
	// A variable: not constant.
	_ = NewError(http.StatusNotFound, 40000001, "")
}

func g() {
	http := statuses{400}
	_ = NewError(http.StatusBadRequest, 40100002, "")
}

func h(http statuses) {
	_ = NewError(http.StatusBadRequest, 40100002, "")
}
