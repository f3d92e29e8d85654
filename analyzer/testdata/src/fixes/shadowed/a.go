package shadowed // want package:"constructs"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	http := 1
	_ = http
	_ = NewError(500, 40300001, "") // want `status 500 does not match error code 40300001 \(registered with 403\)`
}
