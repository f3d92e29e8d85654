// Package cgouser is a cgo package of namespace user. Its first file is
// one that cgo rewrites, from which the analyzer finds its config.
package cgouser

import "C"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40000006, "") // want `error code 40000006 is not registered in namespace user \(it is registered in platform\)`
}
