package prefix // want package:"constructs"

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40100002, "") // want `^status-mismatch: status 400 does not match error code 40100002`
	_ = NewError(401, 40100020, "") // unknown-code is switched off by the settings
}
