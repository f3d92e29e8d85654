package cgouser

import "C"

var _ C.int

func g() {
	_ = NewError(400, 40000007, "") // want `error code 40000007 is not registered in namespace user \(it is registered in platform\)`
}
