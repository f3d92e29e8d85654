package cgo // want package:"constructs"

func g() {
	_ = NewError(400, 40100003, "") // want `status 400 does not match error code 40100003 \(registered with 401\)`
}
