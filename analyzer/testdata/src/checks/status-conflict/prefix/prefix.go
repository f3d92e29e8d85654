package prefix // want package:"constructs"

// Package prefix has the prefix rule on: status-mismatch reports 400 for
// 41900001 (prefix 419), status-conflict stays silent.

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(419, 41900001, "")
	_ = NewError(419, 41900001, "")
	_ = NewError(400, 41900001, "")
}
