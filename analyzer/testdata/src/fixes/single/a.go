package single // want package:"constructs"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(500, 40300001, "") // want `status 500 does not match error code 40300001 \(registered with 403\)`
}
